/** Rebuilding every view from the first event on SQLite, in events of the store per second. */
export const REBUILD_GOAL_EVENTS_PER_SECOND = 100_000;
/** p95 of `GET /api/projects/{id}/outcomes` at a million measurements, in milliseconds. */
export const PROJECT_OUTCOME_GOAL_MS = 10;
/** p95 of `GET /api/outcomes?groupBy=interventionType` at a million measurements. */
export const GROUPED_OUTCOMES_GOAL_MS = 50;
/** p95 at a million measurements over p95 at ten thousand, for each query. */
export const SCALE_RATIO_GOAL = 1.5;
/** p95 of a project outcome as of a past instant over p95 of the same read live. */
export const AS_OF_RATIO_GOAL = 2;
/**
 * The projector's memory must not grow with the number of events: its peak resident set and the
 * heap it retains after a full collection, at a million measurements over ten thousand.
 */
export const MEMORY_GROWTH_GOAL = 1.25;
