import { Injectable } from '@nestjs/common';
import { EventStore } from '@outcome/event-store';
import { LIVE, measurementOwnerProjection, ownerOfMeasurement, ViewReader } from '@outcome/read-models';
import { ViewProgress } from '../platform/view-progress';
import { MeasurementLocator } from './measurement-locator';

/** How long a lookup waits for the views to include a measurement recorded just before. */
const CATCH_UP_TIMEOUT_MS = 10_000;

/**
 * Looks the measurement up in its view. The view trails the store by a few milliseconds, so a
 * miss waits until the view has seen every event stored so far and looks once more: a correction
 * sent right after the recording still finds it.
 */
@Injectable()
export class ViewMeasurementLocator extends MeasurementLocator {
  constructor(
    private readonly views: ViewReader,
    private readonly progress: ViewProgress,
    private readonly store: EventStore,
  ) {
    super();
  }

  async participantOf(measurementId: string): Promise<string | undefined> {
    const found = await this.lookUp(measurementId);
    if (found) return found;
    const head = await this.store.readHeadPosition();
    if (head === null) return undefined;
    await this.progress.waitForPosition(head, CATCH_UP_TIMEOUT_MS);
    return this.lookUp(measurementId);
  }

  private async lookUp(measurementId: string): Promise<string | undefined> {
    return this.views.readTogether([measurementOwnerProjection], LIVE, (snapshot) =>
      ownerOfMeasurement(snapshot, measurementId),
    );
  }
}
