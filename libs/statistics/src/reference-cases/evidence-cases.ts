import type { ScaleDirection } from '../scale';
import type { StudyDesign } from '../power';
import cases from './evidence-cases.json';

/** The reference cases of docs/statistics.md "Beyond one project" (numpy least squares and scipy), kept beside this file. */
export interface EvidenceCases {
  readonly adjusted: readonly {
    readonly intervention: ScoresOfArm;
    readonly comparison: ScoresOfArm;
    readonly expected: unknown;
  }[];
  readonly synthesis: readonly {
    readonly effects: readonly number[];
    readonly variances: readonly number[];
    readonly direction: ScaleDirection;
    readonly expected: Record<string, unknown> & { shrunken: number[]; rank: number[] };
  }[];
  readonly power: readonly {
    readonly design: StudyDesign;
    readonly effectSize: number;
    readonly power: number;
    readonly alpha: number;
    readonly attrition: number;
    readonly expected: unknown;
  }[];
  readonly mde: readonly {
    readonly design: StudyDesign;
    readonly paired: number;
    readonly comparisonPaired: number | null;
    readonly expected: number | null;
  }[];
  readonly holm: readonly { readonly p: readonly (number | null)[]; readonly expected: readonly (number | null)[] }[];
}

interface ScoresOfArm {
  readonly baseline: readonly number[];
  readonly followUp: readonly number[];
}

export const evidenceCases = cases as unknown as EvidenceCases;
