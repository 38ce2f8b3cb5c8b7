import { useMemo } from 'react';
import type { GroupedOutcome } from '../api/types';
import { Chart } from '../charts/chart';
import { forestPlotOption, toneOf } from '../charts/forest-plot';
import { detectableEffectNote } from '../outcomes/detectable-effect';
import { effectOf, pairedCounts, restsOnBeforeAfter } from '../outcomes/effect-of';
import { useDashboard } from '../session/dashboard-context';
import { CsvDownload } from './csv-download';
import { DataTable } from './data-table';
import { ComputedAt, RegressionToTheMeanCaveat, Verdict } from './verdict';

export interface ForestPanelProps {
  /** The chart's accessible name, e.g. "Forest plot of effects on djg-6 total". */
  readonly label: string;
  readonly rows: readonly GroupedOutcome[];
  /** The name a row is shown by (a project's name, a group's label). */
  readonly nameOf: (row: GroupedOutcome) => string;
  readonly firstColumn: string;
  readonly fileName: string;
  readonly position: string | null;
  readonly asOf: string;
  readonly linkOf?: (row: GroupedOutcome) => string | null;
}

/** A forest plot with the numbers behind it, the evidence and verdict of every row, and the CSV. */
export function ForestPanel({ label, rows, nameOf, firstColumn, fileName, position, asOf, linkOf }: ForestPanelProps) {
  const { t, session } = useDashboard();
  const k = session.suppressionMinCell;
  const option = useMemo(
    () =>
      forestPlotOption(
        rows.map((row) => {
          const effect = effectOf(row);
          return {
            label: nameOf(row),
            estimate: effect?.estimate ?? null,
            ci95: effect?.ci95 ?? null,
            tone: toneOf(effect?.ci95 ?? null, row.direction),
          };
        }),
        (value) => t.number(value, 1),
      ),
    [rows, nameOf, t],
  );
  const height = 60 + rows.length * 34;
  const tableRows = rows.map((row) => {
    const effect = effectOf(row);
    const link = linkOf?.(row);
    const name = link ? <a href={link}>{nameOf(row)}</a> : nameOf(row);
    if (row.suppressed) {
      return [name, t.t('forest.suppressed', { k }), '—', '—', '—', '—', '—', '—'];
    }
    return [
      name,
      effect ? t.number(effect.estimate) : t.t('forest.noEffect'),
      effect ? t.t(`forest.effectKind.${effect.kind}`) : '—',
      effect ? t.interval(effect.ci95) : '—',
      row.evidenceLevel ? t.label('evidence', row.evidenceLevel) : '—',
      <VerdictWithDetectable key="verdict" verdict={row.verdict} note={detectableEffectNote(row, t)} />,
      pairedCounts(row),
      t.percent(row.arms.intervention?.attrition),
    ];
  });
  const csvRows = rows.map((row) => {
    const effect = effectOf(row);
    return [
      row.group,
      nameOf(row),
      row.suppressed,
      effect?.kind ?? null,
      effect?.estimate ?? null,
      effect?.ci95[0] ?? null,
      effect?.ci95[1] ?? null,
      row.evidenceLevel,
      row.verdict,
      row.arms.intervention?.paired ?? null,
      row.arms.comparison?.paired ?? null,
      row.arms.intervention?.attrition ?? null,
      row.warnings.join(' '),
      position,
    ];
  });
  const direction = rows[0]?.direction === 'higher-is-better' ? 'forest.higherIsBetter' : 'forest.lowerIsBetter';
  return (
    <figure className="panel">
      <Chart label={label} option={option} height={height} />
      <figcaption className="hint">
        {label} ({t.t(direction)})
      </figcaption>
      <DataTable
        caption={t.t('common.numbersBehind', { chart: label })}
        header={[
          firstColumn,
          t.t('column.effect'),
          t.t('column.effectKind'),
          t.t('column.interval'),
          t.t('column.evidence'),
          t.t('column.verdict'),
          t.t('column.paired'),
          t.t('column.attrition'),
        ]}
        rows={tableRows}
        keys={rows.map((row) => row.group)}
      />
      {rows.some(restsOnBeforeAfter) && <RegressionToTheMeanCaveat />}
      <ComputedAt position={position} asOf={asOf} />
      <CsvDownload
        fileName={fileName}
        header={[
          'group',
          'name',
          'suppressed',
          'effectKind',
          'effect',
          'ci95Low',
          'ci95High',
          'evidenceLevel',
          'verdict',
          'pairedIntervention',
          'pairedComparison',
          'attrition',
          'warnings',
          'position',
        ]}
        rows={csvRows}
      />
    </figure>
  );
}

function VerdictWithDetectable({ verdict, note }: { verdict: string | null; note: string | null }) {
  return (
    <>
      <Verdict verdict={verdict} />
      {note && <span className="detectable">{note}</span>}
    </>
  );
}
