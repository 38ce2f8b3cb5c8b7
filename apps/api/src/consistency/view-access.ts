import { Injectable } from '@nestjs/common';
import { ViewReadPoints } from '@outcome/application';
import { type Projection, type RowQuery, ViewReader, type ViewRows } from '@outcome/read-models';
import type { ViewReadQueryDto } from './view-read-query.dto';

export interface ViewAnswer<Row extends object> extends ViewRows<Row> {
  /** The instant the answer describes: now, or the asked `asOf`. */
  readonly asOf: Date;
}

/** Reads a view live (after waiting for `consistentWith`) or as of an instant. */
@Injectable()
export class ViewAccess {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
  ) {}

  async read<Row extends object>(
    projection: Projection<Row>,
    query: RowQuery<Row>,
    when: ViewReadQueryDto,
  ): Promise<ViewAnswer<Row>> {
    const { at, asOf } = await this.readPoints.resolve(when);
    return { ...(await this.reader.read(projection, query, at)), asOf };
  }
}
