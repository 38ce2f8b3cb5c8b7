/**
 * Holm's step-down adjustment (Holm 1979) of the p values that are not null, in their places:
 * with p₍₁₎ ≤ … ≤ p₍ₘ₎, adjusted p₍ᵢ₎ = min(1, maxⱼ≤ᵢ (m − j + 1)·p₍ⱼ₎). Nulls stay null and do not
 * count in m; equal p values keep the order of their rows.
 */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const tested = pValues
    .map((p, index) => ({ p, index }))
    .filter((entry): entry is { p: number; index: number } => entry.p !== null)
    .sort((a, b) => a.p - b.p || a.index - b.index);
  const m = tested.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let runningMax = 0;
  tested.forEach(({ p, index }, rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (m - rank) * p));
    adjusted[index] = runningMax;
  });
  return adjusted;
}
