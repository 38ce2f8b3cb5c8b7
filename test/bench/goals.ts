/** Single-event appends through the port reach at least this share of the driver's rate alone. */
export const APPEND_GOAL = 0.9;
/** Appends of a whole batch in one call. */
export const BATCH_GOAL = 0.8;
/** Reading every event in position order. */
export const REPLAY_GOAL = 0.8;
