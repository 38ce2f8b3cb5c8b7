import type { QueryRunner } from 'typeorm';
import { CheckpointMovedError } from '../errors';
import { PositionalSql } from './positional-sql';

/** One build of a view: its own table, filled by one version of the projection up to its checkpoint. */
export interface Build {
  readonly projection: string;
  readonly generation: number;
  /** The projection version that fills it. */
  readonly version: number;
  /** Position of the last event applied; null before the first. */
  readonly checkpoint: bigint | null;
}

/** What the registry holds about one projection. */
export interface RegistryEntry {
  /** The build readers see; null until the first build has caught up. */
  readonly liveGeneration: number | null;
  readonly rebuildRequested: boolean;
  readonly builds: readonly Build[];
}

/** Read before every batch: one statement with positional parameters, no query builder. */
export async function readRegistryEntry(runner: QueryRunner, projection: string): Promise<RegistryEntry | null> {
  const sql = new PositionalSql(runner);
  const [name] = sql.placeholders(1, 1);
  const rows = (await sql.run({
    sql:
      'SELECT p.live_generation, p.rebuild_requested, b.generation, b.version, b.checkpoint FROM projection p ' +
      `LEFT JOIN projection_build b ON b.projection = p.name WHERE p.name = ${name} ORDER BY b.generation`,
    parameters: [projection],
  })) as {
    live_generation: number | null;
    rebuild_requested: boolean | number;
    generation: number | null;
    version: number;
    checkpoint: string | number | null;
  }[];
  const entry = rows[0];
  if (!entry) return null;
  return {
    liveGeneration: entry.live_generation,
    rebuildRequested: Boolean(entry.rebuild_requested),
    builds: rows
      .filter((build) => build.generation !== null)
      .map((build) => ({
        projection,
        generation: Number(build.generation),
        version: Number(build.version),
        checkpoint: positionOf(build.checkpoint),
      })),
  };
}

export async function registerProjection(runner: QueryRunner, projection: string): Promise<void> {
  await runner.manager
    .createQueryBuilder()
    .insert()
    .into('projection', ['name', 'live_generation', 'rebuild_requested'])
    .values({ name: projection, live_generation: null, rebuild_requested: false })
    .orIgnore()
    .execute();
}

export async function addBuild(runner: QueryRunner, build: Build): Promise<void> {
  await runner.manager
    .createQueryBuilder()
    .insert()
    .into('projection_build', ['projection', 'generation', 'version', 'checkpoint'])
    .values({ ...build, checkpoint: columnOf(build.checkpoint) })
    .execute();
}

export async function removeBuild(runner: QueryRunner, build: Build): Promise<void> {
  await runner.manager
    .createQueryBuilder()
    .delete()
    .from('projection_build')
    .where('projection = :projection AND generation = :generation', build)
    .execute();
}

/**
 * Moves the build's checkpoint from where this runner left it to `to`. Fails with
 * CheckpointMovedError when someone else moved it meanwhile, which fences off a runner that lost
 * its lock without noticing.
 */
export async function advanceCheckpoint(runner: QueryRunner, build: Build, to: bigint): Promise<void> {
  const sql = new PositionalSql(runner);
  const [next, projection, generation, from] = sql.placeholders(4, 1);
  const parameters = [columnOf(to), build.projection, build.generation];
  if (build.checkpoint !== null) parameters.push(columnOf(build.checkpoint));
  const result = await runner.query(
    `UPDATE projection_build SET checkpoint = ${next} WHERE projection = ${projection} AND generation = ${generation} ` +
      `AND ${build.checkpoint === null ? 'checkpoint IS NULL' : `checkpoint = ${from}`}`,
    parameters,
    true,
  );
  if (result.affected !== 1) throw new CheckpointMovedError(build.projection, build.generation);
}

/** Makes the build the one readers see. */
export async function promoteBuild(runner: QueryRunner, build: Build): Promise<void> {
  await updateEntry(runner, build.projection, { live_generation: build.generation });
}

/** Asks the runner that holds the projection to rebuild it beside the live build. */
export async function requestRebuild(runner: QueryRunner, projection: string): Promise<void> {
  await registerProjection(runner, projection);
  await updateEntry(runner, projection, { rebuild_requested: true });
}

export async function clearRebuildRequest(runner: QueryRunner, projection: string): Promise<void> {
  await updateEntry(runner, projection, { rebuild_requested: false });
}

/** The live build of each projection, null for one that has none yet. */
export async function readLiveBuilds(
  runner: QueryRunner,
  projections: readonly string[],
): Promise<Map<string, Build | null>> {
  const live = new Map<string, Build | null>(projections.map((projection) => [projection, null]));
  if (projections.length === 0) return live;
  const rows = await runner.manager
    .createQueryBuilder()
    .select(['p.name AS name', 'b.generation AS generation', 'b.version AS version', 'b.checkpoint AS checkpoint'])
    .from('projection', 'p')
    .innerJoin('projection_build', 'b', 'b.projection = p.name AND b.generation = p.live_generation')
    .where('p.name IN (:...projections)', { projections })
    .getRawMany<{ name: string; generation: number; version: number; checkpoint: string | number | null }>();
  for (const row of rows) {
    live.set(row.name, {
      projection: row.name,
      generation: Number(row.generation),
      version: Number(row.version),
      checkpoint: positionOf(row.checkpoint),
    });
  }
  return live;
}

async function updateEntry(runner: QueryRunner, projection: string, values: Record<string, unknown>): Promise<void> {
  await runner.manager
    .createQueryBuilder()
    .update('projection')
    .set(values)
    .where('name = :projection', { projection })
    .execute();
}

// Positions travel as decimal strings: pg returns bigint columns as strings, and both engines read them back as integers.
function columnOf(position: bigint | null): string | null {
  return position === null ? null : position.toString();
}

function positionOf(stored: string | number | null): bigint | null {
  return stored === null ? null : BigInt(stored);
}
