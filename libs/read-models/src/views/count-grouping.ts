import type { AgeBand, Arm, RiskFactor } from '@outcome/domain';

/**
 * Which of a participant's attributes counts keep apart; the arm always. An answer asks only for
 * what its rows need: SQL's grouping costs by the number of groups, and a pooled answer over a
 * thousand projects has far fewer cells without the project in them.
 */
export interface CountGrouping {
  readonly project?: boolean;
  readonly ageBand?: boolean;
  readonly riskFactors?: boolean;
}

/** The attributes of a cell of counts; one not kept apart reads null. */
export interface CellAttributes {
  readonly projectId: string | null;
  readonly arm: Arm;
  readonly ageBand: AgeBand | null;
  readonly riskFactors: readonly RiskFactor[] | null;
}

/** The grouping columns of a view with these columns (snake_case), prefixed by its alias. */
export function groupingColumns(grouping: CountGrouping, alias: string): string[] {
  return [
    ...(grouping.project ? [`${alias}.project_id`] : []),
    `${alias}.arm`,
    ...(grouping.ageBand ? [`${alias}.age_band`] : []),
    ...(grouping.riskFactors ? [`${alias}.risk_factors`] : []),
  ];
}

/** The select list for those columns, each under its own name. */
export function groupingSelection(grouping: CountGrouping, alias: string): string[] {
  return groupingColumns(grouping, alias).map((column) => `${column} AS ${column.slice(alias.length + 1)}`);
}

interface RawAttributes {
  readonly project_id?: string;
  readonly arm: Arm;
  readonly age_band?: AgeBand;
  readonly risk_factors?: string;
}

export function cellAttributesOf(raw: RawAttributes, grouping: CountGrouping): CellAttributes {
  return {
    projectId: grouping.project ? raw.project_id! : null,
    arm: raw.arm,
    ageBand: grouping.ageBand ? raw.age_band! : null,
    riskFactors: grouping.riskFactors ? (JSON.parse(raw.risk_factors!) as RiskFactor[]) : null,
  };
}
