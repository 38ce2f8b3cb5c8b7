import type { Outcome } from '../api/types';
import type { Translator } from '../i18n/translator';

/**
 * For a "no detectable …" verdict, the smallest effect the project could have shown with the pairs it
 * had (80 % power, α = 0.05): so that "nothing found" is read as "nothing this large", not "no effect".
 */
export function detectableEffectNote(
  outcome: Pick<Outcome, 'verdict' | 'arms' | 'difference'>,
  t: Translator,
): string | null {
  const detectable =
    outcome.verdict === 'no-detectable-effect'
      ? outcome.difference?.minimumDetectableEffect
      : outcome.verdict === 'no-detectable-change'
        ? outcome.arms.intervention?.minimumDetectableEffect
        : null;
  if (!detectable) return null;
  return t.t(outcome.verdict === 'no-detectable-effect' ? 'mde.difference' : 'mde.change', {
    d: t.number(detectable.d),
    points: t.number(detectable.points),
  });
}
