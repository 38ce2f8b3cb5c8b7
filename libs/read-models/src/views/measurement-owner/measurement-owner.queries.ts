import type { ViewSnapshot } from '../../reader/view-reader';
import { measurementOwnerProjection } from './measurement-owner.projection';

/** The participant whose measurement this is, if the view holds it. */
export async function ownerOfMeasurement(snapshot: ViewSnapshot, measurementId: string): Promise<string | undefined> {
  const [row] = await snapshot.rows(measurementOwnerProjection, { where: { measurementId } });
  return row?.participantId;
}
