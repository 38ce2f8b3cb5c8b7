import { planBuilds, planChangesRegistry } from './build-plan';
import type { Build, RegistryEntry } from '../read-store/projection-registry';

const build = (generation: number, version: number, checkpoint: bigint | null = 10n): Build => ({
  projection: 'member_visits',
  generation,
  version,
  checkpoint,
});

const entry = (liveGeneration: number | null, builds: Build[], rebuildRequested = false): RegistryEntry => ({
  liveGeneration,
  rebuildRequested,
  builds,
});

describe(planBuilds.name, () => {
  it('starts the first build of a projection never run', () => {
    const sut = planBuilds(null, 1);

    expect(sut).toEqual({ live: null, liveIsCurrent: false, building: null, abandoned: null, start: 1 });
    expect(planChangesRegistry(null, sut)).toBe(true);
  });

  it('follows the live build of the current version and changes nothing', () => {
    const registry = entry(1, [build(1, 1)]);

    const sut = planBuilds(registry, 1);

    expect(sut).toEqual({ live: build(1, 1), liveIsCurrent: true, building: null, abandoned: null, start: null });
    expect(planChangesRegistry(registry, sut)).toBe(false);
  });

  it('starts a new build beside a live build of an older version', () => {
    const sut = planBuilds(entry(1, [build(1, 1)]), 2);

    expect(sut).toMatchObject({ live: build(1, 1), liveIsCurrent: false, start: 2 });
  });

  it('keeps filling a build of the current version after a restart', () => {
    const registry = entry(1, [build(1, 1), build(2, 2, 5n)]);

    const sut = planBuilds(registry, 2);

    expect(sut).toMatchObject({ building: build(2, 2, 5n), start: null, abandoned: null });
    expect(planChangesRegistry(registry, sut)).toBe(false);
  });

  it('abandons a build of another version and starts one of this version after it', () => {
    const sut = planBuilds(entry(1, [build(1, 1), build(2, 2)]), 3);

    expect(sut).toMatchObject({ abandoned: build(2, 2), building: null, start: 3 });
  });

  it('goes back to a live build of this version when the code returns to it', () => {
    const sut = planBuilds(entry(1, [build(1, 1), build(2, 2)]), 1);

    expect(sut).toMatchObject({ liveIsCurrent: true, abandoned: build(2, 2), start: null });
  });

  it('starts a rebuild of the same version on request', () => {
    const registry = entry(1, [build(1, 1)], true);

    const sut = planBuilds(registry, 1);

    expect(sut).toMatchObject({ liveIsCurrent: true, start: 2 });
    expect(planChangesRegistry(registry, sut)).toBe(true);
  });

  it('lets a rebuild already under way answer a new request', () => {
    const sut = planBuilds(entry(1, [build(1, 1), build(2, 1, 3n)], true), 1);

    expect(sut).toMatchObject({ building: build(2, 1, 3n), start: null });
  });
});
