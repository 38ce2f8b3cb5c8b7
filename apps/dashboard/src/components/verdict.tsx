import { useDashboard } from '../session/dashboard-context';

const TONE: Record<string, string> = {
  effective: 'good',
  'scores-improved': 'good',
  harmful: 'bad',
  'scores-worsened': 'bad',
};

/** The verdict in words, coloured only as a second cue (the words carry the meaning). */
export function Verdict({ verdict }: { verdict: string | null }) {
  const { t } = useDashboard();
  if (!verdict) return <span>—</span>;
  return <span className={`verdict ${TONE[verdict] ?? 'neutral'}`}>{t.label('verdict', verdict)}</span>;
}

/** The warnings of an Outcome, in words. */
export function Warnings({ warnings }: { warnings: readonly string[] }) {
  const { t } = useDashboard();
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings">
      {warnings.map((warning) => (
        <li key={warning}>{t.label('warning', warning)}</li>
      ))}
    </ul>
  );
}

/** The plain-words caveat of a verdict that rests on before–after data. */
export function RegressionToTheMeanCaveat() {
  const { t } = useDashboard();
  return (
    <p className="caveat" role="note">
      {t.t('caveat.regressionToMean')}
    </p>
  );
}

/** Where a figure comes from: the last event position it includes and the instant it describes. */
export function ComputedAt({ position, asOf }: { position: string | null; asOf: string }) {
  const { t } = useDashboard();
  return (
    <p className="computed-at">{t.t('common.computedAt', { position: position ?? '—', asOf: t.instant(asOf) })}</p>
  );
}
