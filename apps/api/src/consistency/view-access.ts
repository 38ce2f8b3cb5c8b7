import { Injectable } from '@nestjs/common';
import { ViewProgress } from '@outcome/application';
import { EventStore, SubjectKeyStore } from '@outcome/event-store';
import { type Projection, type RowQuery, rowsAsOf, ViewReader, type ViewRows } from '@outcome/read-models';
import type { ViewReadQueryDto } from './view-read-query.dto';

/** API.md: `consistentWith` waits at most 10 s. */
const CONSISTENCY_TIMEOUT_MS = 10_000;

export interface ViewAnswer<Row extends object> extends ViewRows<Row> {
  /** The instant the answer describes: now, or the asked `asOf`. */
  readonly asOf: Date;
}

/** Reads a view live (after waiting for `consistentWith`) or as of an instant. */
@Injectable()
export class ViewAccess {
  constructor(
    private readonly reader: ViewReader,
    private readonly progress: ViewProgress,
    private readonly store: EventStore,
    private readonly keys: SubjectKeyStore,
  ) {}

  async read<Row extends object>(
    projection: Projection<Row>,
    query: RowQuery<Row>,
    when: ViewReadQueryDto,
  ): Promise<ViewAnswer<Row>> {
    if (when.asOf) {
      const asOf = new Date(when.asOf);
      // STATISTICS.md: an erased participant counts in no view, as-of views included.
      const erasedSubjects = (subjects: readonly string[]) => this.keys.findErasedSubjects(subjects);
      return { ...(await rowsAsOf(this.store, projection, asOf, query, { erasedSubjects })), asOf };
    }
    if (when.consistentWith) await this.progress.waitForPosition(BigInt(when.consistentWith), CONSISTENCY_TIMEOUT_MS);
    const asOf = new Date();
    return { ...(await this.reader.read(projection, query)), asOf };
  }
}
