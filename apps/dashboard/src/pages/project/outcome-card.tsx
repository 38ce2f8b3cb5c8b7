import type { ArmOutcome, InstrumentId, Outcome } from '../../api/types';
import { DataTable } from '../../components/data-table';
import { Loaded } from '../../components/loaded';
import { ComputedAt, RegressionToTheMeanCaveat, Verdict, Warnings } from '../../components/verdict';
import type { MessageKey } from '../../i18n/en';
import type { Translator } from '../../i18n/translator';
import { detectableEffectNote } from '../../outcomes/detectable-effect';
import { restsOnBeforeAfter } from '../../outcomes/effect-of';
import { asOfQuery, useDashboard } from '../../session/dashboard-context';
import { useLoad } from '../../session/use-load';

const ARM_ROWS: readonly [MessageKey, (arm: ArmOutcome, t: Translator) => string][] = [
  ['stat.enrolled', (arm) => String(arm.enrolled ?? '—')],
  ['stat.withBaseline', (arm) => String(arm.withBaseline ?? '—')],
  ['stat.paired', (arm) => String(arm.paired ?? '—')],
  ['stat.attrition', (arm, t) => t.percent(arm.attrition)],
  ['stat.baselineMean', (arm, t) => t.number(arm.baselineMean)],
  ['stat.followUpMean', (arm, t) => t.number(arm.followUpMean)],
  ['stat.meanChange', (arm, t) => t.number(arm.meanChange)],
  ['stat.ci95', (arm, t) => t.interval(arm.ci95)],
  ['stat.p', (arm, t) => t.p(arm.p)],
  ['stat.hedgesGz', (arm, t) => t.number(arm.hedgesGz)],
  ['stat.improved', (arm, t) => t.percent(arm.reliableChange?.improved)],
  ['stat.deteriorated', (arm, t) => t.percent(arm.reliableChange?.deteriorated)],
];

/** A project's outcome on one questionnaire: the verdict first, then every number behind it. */
export function OutcomeCard({ projectId, instrument }: { projectId: string; instrument: string }) {
  const { api, asOf } = useDashboard();
  const outcome = useLoad(
    () =>
      api.get('/api/projects/{projectId}/outcomes', {
        path: { projectId },
        query: { instrument: instrument as InstrumentId, ...asOfQuery(asOf) },
      }),
    [api, projectId, instrument, asOf],
  );
  return <Loaded load={outcome}>{(answer) => <OutcomeDetails outcome={answer} />}</Loaded>;
}

function OutcomeDetails({ outcome }: { outcome: Outcome }) {
  const { t, session } = useDashboard();
  const title = t.t('outcome.label', { instrument: outcome.instrument, scale: outcome.scale });
  const { intervention, comparison } = outcome.arms;
  const arms = [intervention, comparison].filter((arm): arm is ArmOutcome => arm !== null);
  const detectable = detectableEffectNote(outcome, t);
  return (
    <article className="panel outcome" aria-label={title}>
      <h3>{title}</h3>
      {outcome.suppressed ? (
        <p>{t.t('forest.suppressed', { k: session.suppressionMinCell })}</p>
      ) : (
        <>
          <p className="verdict-line">
            <span>
              {t.t('column.evidence')}: {outcome.evidenceLevel ? t.label('evidence', outcome.evidenceLevel) : '—'}
            </span>
            <span>
              {t.t('column.verdict')}: <Verdict verdict={outcome.verdict} />
            </span>
          </p>
          {detectable && <p className="detectable">{detectable}</p>}
          <Warnings warnings={outcome.warnings} />
          <DataTable
            caption={title}
            header={[t.t('stat.statistic'), t.t('arm.intervention'), ...(comparison ? [t.t('arm.comparison')] : [])]}
            rows={ARM_ROWS.map(([key, show]) => [t.t(key), ...arms.map((arm) => show(arm, t))])}
          />
          {outcome.difference && (
            <p>
              {t.t('stat.difference')}: {t.number(outcome.difference.meanDifference)}{' '}
              {t.interval(outcome.difference.ci95)}, p {t.p(outcome.difference.p)}
            </p>
          )}
          {restsOnBeforeAfter(outcome) && <RegressionToTheMeanCaveat />}
        </>
      )}
      <ComputedAt position={outcome.position} asOf={outcome.asOf} />
    </article>
  );
}
