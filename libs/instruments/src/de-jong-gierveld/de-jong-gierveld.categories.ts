import type { ScoreCategory } from '../scale';

const LABELS = {
  'not-lonely': { nl: 'niet eenzaam', fr: 'pas de sentiment de solitude', en: 'not lonely' },
  'moderately-lonely': { nl: 'matig eenzaam', fr: 'solitude modérée', en: 'moderately lonely' },
  'severely-lonely': { nl: 'ernstig eenzaam', fr: 'solitude sévère', en: 'severely lonely' },
  'very-severely-lonely': { nl: 'zeer ernstig eenzaam', fr: 'solitude très sévère', en: 'very severely lonely' },
} as const;

/** A loneliness category of the De Jong Gierveld scales; each scale sets its own cut-offs. */
export function lonelinessCategory(code: keyof typeof LABELS, min: number, max: number): ScoreCategory {
  return { code, label: LABELS[code], min, max, audience: 'everyone' };
}
