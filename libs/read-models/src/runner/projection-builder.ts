import { evolveBatch, selectorsOf } from '../projection/evolve-batch';
import type { Projection } from '../projection/projection';
import type { ReadStore } from '../read-store/read-store';
import { type BuildPlan, planBuilds, planChangesRegistry } from './build-plan';
import {
  type Build,
  type RegistryEntry,
  addBuild,
  advanceCheckpoint,
  clearRebuildRequest,
  promoteBuild,
  readRegistryEntry,
  registerProjection,
  removeBuild,
} from '../read-store/projection-registry';
import { ViewTable } from '../read-store/view-table';
import type { SharedEventPages } from './shared-event-pages';

export interface BatchApplied {
  readonly build: Build;
  /** Events read, handled or not. */
  readonly events: number;
  /** The batch reached the end of the store. */
  readonly caughtUp: boolean;
}

/** What the builder reports on: a build started, abandoned or put live. */
export type BuildChange = 'started' | 'abandoned' | 'switched';

/**
 * Fills the builds of one projection: plans them against the registry, applies the next batch of
 * events to a build (rows and checkpoint in one transaction), and puts a caught-up build live.
 */
export class ProjectionBuilder {
  private readonly handledTypes: ReadonlySet<string>;
  private readonly tables = new Map<number, ViewTable<object>>();

  constructor(
    private readonly projection: Projection,
    private readonly pages: SharedEventPages,
    private readonly readStore: ReadStore,
    private readonly onChange: (change: BuildChange, build: Omit<Build, 'checkpoint'>) => void,
  ) {
    this.handledTypes = new Set(projection.eventTypes);
  }

  /** The builds to follow, after starting or abandoning builds as the registry requires. */
  async plan(): Promise<BuildPlan> {
    for (;;) {
      const entry = await this.readStore.read((runner) => readRegistryEntry(runner, this.projection.name));
      const plan = planBuilds(entry, this.projection.version);
      if (!planChangesRegistry(entry, plan)) return plan;
      await this.reshape(entry, plan);
    }
  }

  /** Reads the events after the build's checkpoint and applies them with the checkpoint, all or nothing. */
  async applyNextBatch(build: Build, batchSize: number): Promise<BatchApplied> {
    const events = await this.pages.read(build.checkpoint, batchSize);
    if (events.length === 0) return { build, events: 0, caughtUp: true };
    const checkpoint = events[events.length - 1]!.position;
    const handled = events.filter((event) => this.handledTypes.has(event.type));
    const table = this.tableOf(build.generation);
    const forgotRows = await this.readStore.write(async (runner) => {
      await advanceCheckpoint(runner, build, checkpoint);
      if (handled.length === 0) return false;
      const stored = await table.load(runner, selectorsOf(this.projection, handled));
      const changes = evolveBatch(this.projection, stored, handled);
      await table.apply(runner, changes);
      return changes.forgotten.length > 0;
    });
    // Forgotten rows are an erased participant's: leave no copy of them behind in the store's files.
    if (forgotRows) await this.readStore.purgeDeletedRows();
    return { build: { ...build, checkpoint }, events: events.length, caughtUp: events.length < batchSize };
  }

  private tableOf(generation: number): ViewTable<object> {
    let table = this.tables.get(generation);
    if (!table) {
      table = new ViewTable(this.projection.table, generation);
      this.tables.set(generation, table);
    }
    return table;
  }

  /** Readers move to the new build and the old build's table goes, in one transaction. */
  async switchLive(building: Build, live: Build | null): Promise<void> {
    await this.readStore.write(async (runner) => {
      await promoteBuild(runner, building);
      if (live) {
        await removeBuild(runner, live);
        await new ViewTable(this.projection.table, live.generation).drop(runner);
      }
    });
    if (live) this.tables.delete(live.generation);
    this.onChange('switched', building);
  }

  private async reshape(entry: RegistryEntry | null, plan: BuildPlan): Promise<void> {
    const { name, version, table } = this.projection;
    const started = plan.start === null ? null : { projection: name, generation: plan.start, version };
    await this.readStore.write(async (runner) => {
      if (entry === null) await registerProjection(runner, name);
      if (entry?.rebuildRequested) await clearRebuildRequest(runner, name);
      if (plan.abandoned) {
        await new ViewTable(table, plan.abandoned.generation).drop(runner);
        await removeBuild(runner, plan.abandoned);
      }
      if (started) {
        await addBuild(runner, { ...started, checkpoint: null });
        await new ViewTable(table, started.generation).create(runner);
      }
    });
    if (plan.abandoned) {
      this.tables.delete(plan.abandoned.generation);
      this.onChange('abandoned', plan.abandoned);
    }
    if (started) this.onChange('started', started);
  }
}
