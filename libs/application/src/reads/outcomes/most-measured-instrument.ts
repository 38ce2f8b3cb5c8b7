import { INSTRUMENTS } from '@outcome/instruments';
import type { ProjectCatalogueRow } from '@outcome/read-models';

/** Without an instrument, the one most of the visible projects measure (the first registered on a tie). */
export function mostMeasuredInstrument(projects: readonly ProjectCatalogueRow[]): string {
  const counts = new Map<string, number>();
  for (const project of projects) for (const id of project.instruments) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string = INSTRUMENTS[0]!.id;
  let bestCount = 0;
  for (const { id } of INSTRUMENTS) {
    const count = counts.get(id) ?? 0;
    if (count > bestCount) [best, bestCount] = [id, count];
  }
  return best;
}
