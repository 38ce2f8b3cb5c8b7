import type { Build, RegistryEntry } from '../read-store/projection-registry';

/** What the runner does with a projection's builds before applying the next batch. */
export interface BuildPlan {
  /** The build readers see. */
  readonly live: Build | null;
  /** True when the live build was made by this version, so it keeps following new events. */
  readonly liveIsCurrent: boolean;
  /** A build of this version under way beside the live one. */
  readonly building: Build | null;
  /** A build of another version that was under way: its table is dropped. */
  readonly abandoned: Build | null;
  /** Generation of a build to start from the first event, or null. */
  readonly start: number | null;
}

/**
 * Decides, from the registry, which builds to follow. A new build starts when there is no live
 * build, when the live one was made by another version, or when a rebuild was requested; a build
 * under way by another version is abandoned.
 */
export function planBuilds(entry: RegistryEntry | null, version: number): BuildPlan {
  const builds = entry?.builds ?? [];
  const liveGeneration = entry?.liveGeneration ?? null;
  const live = builds.find((build) => build.generation === liveGeneration) ?? null;
  const pending = builds.find((build) => liveGeneration === null || build.generation > liveGeneration) ?? null;
  const abandoned = pending !== null && pending.version !== version ? pending : null;
  const building = abandoned ? null : pending;
  const liveIsCurrent = live?.version === version;
  const needsBuild = building === null && (!liveIsCurrent || entry?.rebuildRequested === true);
  const lastGeneration = Math.max(0, ...builds.map((build) => build.generation));
  return { live, liveIsCurrent, building, abandoned, start: needsBuild ? lastGeneration + 1 : null };
}

/** True when the plan changes the registry, rather than only following builds. */
export function planChangesRegistry(entry: RegistryEntry | null, plan: BuildPlan): boolean {
  return entry === null || entry.rebuildRequested || plan.abandoned !== null || plan.start !== null;
}
