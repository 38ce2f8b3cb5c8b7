import { type AgeBand, type Gender, RISK_FACTORS, type RiskFactor } from '@outcome/domain';
import type { Construct } from './demo-answers';
import type { SeededRandom } from './seeded-random';

/** Who a demo participant is, and how they are at baseline on each latent 0–1 scale. */
export interface DemoPerson {
  readonly ageBand: AgeBand;
  readonly gender: Gender;
  readonly riskFactors: readonly RiskFactor[];
  readonly baseline: Readonly<Record<Construct, number>>;
}

const RISK_FACTOR_CHANCES: Readonly<Record<RiskFactor, number>> = {
  poverty: 0.35,
  'health-limitation': 0.4,
  'living-alone': 0.6,
  'single-parent': 0.03,
  'migration-background': 0.2,
  'other-language': 0.15,
  'digital-divide': 0.3,
  'life-transition': 0.15,
  'informal-carer': 0.1,
};

export const clampLevel = (level: number) => Math.min(0.98, Math.max(0.02, level));

/** Four in five are women and one in three is 80 or older, as in the neighbour-help networks the demo portrays. */
export function drawPerson(random: SeededRandom): DemoPerson {
  const age = random.next();
  const sex = random.next();
  // People join when they feel lonely: baselines run high, with less wellbeing and a smaller network.
  const loneliness = clampLevel(0.55 + random.normal() * 0.17);
  return {
    ageBand: age < 0.34 ? '80+' : age < 0.9 ? '60-79' : '26-59',
    gender: sex < 0.8 ? 'female' : sex < 0.98 ? 'male' : 'unknown',
    riskFactors: RISK_FACTORS.filter((factor) => random.chance(RISK_FACTOR_CHANCES[factor])),
    baseline: {
      loneliness,
      wellbeing: clampLevel(0.75 - 0.45 * loneliness + random.normal() * 0.1),
      network: clampLevel(0.65 - 0.4 * loneliness + random.normal() * 0.12),
    },
  };
}
