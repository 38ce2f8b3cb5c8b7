import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  GetGroupedOutcomesQuery,
  GetProjectOutcomeQuery,
  reachableProject,
  ViewReadPoints,
  type ViewerPrincipal,
  visibleProjects,
} from '@outcome/application';
import { ViewReader } from '@outcome/read-models';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { OUTCOME_VIEWS, readOutcomeCells } from '../../libs/application/src/reads/outcomes/outcome-cells';
import { resolveOutcomeScale } from '../../libs/application/src/reads/outcomes/outcome-scale';
import { serveParent } from './bench-child';
import { CpuProfiler } from './cpu-profiler';
import { collectYoungGarbage } from './garbage-collection';
import { benchConfig } from './views-config';
import { type Latencies, latenciesOf } from './latencies';

/**
 * The api on one data folder (argv[2]), listening on a free loopback port, in a process of its
 * own; on request it also times the outcome queries in-process, below HTTP.
 */

/** One outcome request as the benchmark makes it, over HTTP or in-process. */
export interface OutcomeCall {
  /** Project outcome when set; grouped outcomes otherwise. */
  readonly projectId?: string;
  readonly groupBy?: 'interventionType';
  readonly instrument: string;
  readonly asOf?: string;
}

export type ApiChildRequest =
  | { readonly kind: 'port' }
  /** Starts V8's profiler; `stopProfile` writes what it sampled (while the parent made requests) to the file. */
  | { readonly kind: 'startProfile' }
  | { readonly kind: 'stopProfile'; readonly file: string }
  | {
      readonly kind: 'breakdown';
      readonly principal: ViewerPrincipal;
      readonly call: OutcomeCall;
      readonly warmUps: number;
      readonly trials: number;
    };

/** Milliseconds of the parts of one outcome query, each timed apart in alternation. */
export interface Breakdown {
  /** The query handler through the query bus: read point, SQL, statistics, answer. */
  readonly handler: Latencies;
  /** The read point (`asOf` → position) and the view reads (catalogue, enrolled and pair counts) alone. */
  readonly reads: Latencies;
  /** The read point alone. */
  readonly readPoint: Latencies;
}

const dataDir = process.argv[2]!;
let app: INestApplication | undefined;
let profiler: CpuProfiler | undefined;

serveParent(
  async (request) => {
    const asked = request as ApiChildRequest;
    app ??= await start();
    if (asked.kind === 'port') return (app.getHttpServer().address() as AddressInfo).port;
    if (asked.kind === 'startProfile') {
      profiler = await CpuProfiler.start();
      return null;
    }
    if (asked.kind === 'stopProfile') return profiler?.stopInto(asked.file);
    return breakdown(app, asked);
  },
  async () => {
    await app?.close();
  },
);

async function start(): Promise<INestApplication> {
  // The views are built already; no projector runs beside the reads.
  const started = await createApiApp(benchConfig(dataDir, { PROJECTOR: 'external' }));
  await started.listen(0, '127.0.0.1');
  return started;
}

/** Times the handler, the reads alone and the read point alone, taking turns, after warm-ups. */
async function breakdown(
  api: INestApplication,
  { principal, call, warmUps, trials }: Extract<ApiChildRequest, { kind: 'breakdown' }>,
): Promise<Breakdown> {
  const queries = api.get(QueryBus);
  const readPoints = api.get(ViewReadPoints);
  const reader = api.get(ViewReader);
  const request = { instrument: call.instrument, asOf: call.asOf };
  const parts = {
    handler: () =>
      queries.execute(
        call.projectId
          ? new GetProjectOutcomeQuery(call.projectId, principal, request)
          : new GetGroupedOutcomesQuery(principal, { ...request, groupBy: call.groupBy }),
      ),
    reads: async () => {
      const { at } = await readPoints.resolve(request);
      const scale = resolveOutcomeScale(call.instrument, undefined);
      return reader.readTogether(OUTCOME_VIEWS, at, async (snapshot) => {
        const projects = call.projectId
          ? [await reachableProject(snapshot, principal, call.projectId)]
          : await visibleProjects(snapshot, principal);
        const ids = projects.filter((project) => project.instruments.includes(scale.instrument));
        return readOutcomeCells(
          snapshot,
          ids.map((project) => project.projectId),
          scale,
          undefined,
        );
      });
    },
    readPoint: () => readPoints.resolve(request),
  };
  const times = { handler: [] as number[], reads: [] as number[], readPoint: [] as number[] };
  const names = Object.keys(parts) as (keyof typeof parts)[];
  for (let trial = 0; trial < warmUps + trials; trial++) {
    for (const name of trial % 2 === 0 ? names : [...names].reverse()) {
      collectYoungGarbage();
      const started = performance.now();
      await parts[name]();
      if (trial >= warmUps) times[name].push(performance.now() - started);
    }
  }
  return {
    handler: latenciesOf(times.handler),
    reads: latenciesOf(times.reads),
    readPoint: latenciesOf(times.readPoint),
  };
}
