import { ANY_VERSION, NO_STREAM } from '../../expected-version';
import { APPEND_SQLSTATE } from './postgres-errors';

export interface SchemaMigration {
  /** Applied in ascending order; recorded in `<schema>.schema_version`. Never edit a released one. */
  readonly version: number;
  readonly sql: string;
}

/** The channel the append function notifies, with the new head position as payload. */
export function appendedChannel(schema: string): string {
  return `${schema}_appended`;
}

/** The store's tables and functions inside `schema`, which must be a validated identifier. */
export function schemaMigrations(schema: string): readonly SchemaMigration[] {
  return [
    { version: 1, sql: createEventsTableAndAppendFunction(schema) },
    { version: 2, sql: refuseAppendsOutsideReadCommitted(schema) },
  ];
}

/*
 * Why a catch-up reader never skips an event: every append takes the same transaction-scoped
 * advisory lock before it reads the head position, and PostgreSQL releases a transaction's locks
 * only after its commit is visible to new snapshots (xact.c, CommitTransaction: "Let others know
 * about no transaction in progress by me. Note that this must be done _before_ releasing locks").
 * So the next writer numbers its events only once the previous writer's events are visible:
 * commit order equals position order, and a snapshot that sees position P sees every position
 * below P. Positions have no gaps either, as a rolled-back append frees its numbers unseen.
 *
 * "Visible" needs a snapshot taken after the lock: READ COMMITTED, where each query in the
 * function takes a fresh one. Under REPEATABLE READ or SERIALIZABLE the transaction keeps the
 * snapshot of its first statement, taken before the lock was granted, and a writer would give its
 * events the positions the previous writer had just taken (PostgreSQL manual, "Transaction
 * Isolation"). The store asks for READ COMMITTED on its connections, and migration 2 makes the
 * function refuse any other level.
 */
function createEventsTableAndAppendFunction(schema: string): string {
  return `
CREATE TABLE ${schema}.events (
  position bigint PRIMARY KEY,
  id text NOT NULL CONSTRAINT events_id_unique UNIQUE,
  stream text NOT NULL,
  stream_version integer NOT NULL,
  type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  CONSTRAINT events_stream_version_unique UNIQUE (stream, stream_version)
);

CREATE FUNCTION ${schema}.append_events(appends jsonb, stamp timestamptz DEFAULT NULL)
RETURNS TABLE (next_expected_version integer, last_position bigint)
LANGUAGE plpgsql
AS $function$
DECLARE
  stream_append jsonb;
  stream_name text;
  expected text;
  actual text;
  current_version integer;
  head bigint;
  previous_stamp timestamptz;
  stamped_at timestamptz;
  given_count integer;
  stored_count integer;
  stored_as_batch boolean;
  stored_last_version integer;
  stored_last_position bigint;
  stored_ids text[];
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('${schema}'), hashtext('append'));

  SELECT e.position, e.recorded_at INTO head, previous_stamp
    FROM ${schema}.events e ORDER BY e.position DESC LIMIT 1;
  head := coalesce(head, 0);
  -- Keeps recorded_at non-decreasing along positions should the clock step back (GREATEST skips NULL).
  stamped_at := greatest(date_trunc('milliseconds', coalesce(stamp, clock_timestamp())), previous_stamp);

  FOR stream_append IN SELECT value FROM jsonb_array_elements(appends) LOOP
    stream_name := stream_append->>'stream';

    -- A retry stores nothing: every id already stored on this stream, as consecutive versions in this order.
    SELECT count(*),
           count(e.id),
           coalesce(bool_and(e.stream = stream_name), false)
             AND max(e.stream_version - given.ordinal) = min(e.stream_version - given.ordinal),
           max(e.stream_version),
           max(e.position),
           array_agg(e.id ORDER BY given.ordinal) FILTER (WHERE e.id IS NOT NULL)
      INTO given_count, stored_count, stored_as_batch,
           stored_last_version, stored_last_position, stored_ids
      FROM jsonb_array_elements(stream_append->'events') WITH ORDINALITY AS given(event, ordinal)
      -- One index probe per id. As a plain join the planner, guessing 100 ids, hashes them and
      -- scans the whole table on every append while the store holds up to a few thousand events.
      LEFT JOIN LATERAL (SELECT * FROM ${schema}.events stored WHERE stored.id = given.event->>'id' LIMIT 1) e ON true;

    IF stored_count = given_count AND stored_as_batch THEN
      next_expected_version := stored_last_version;
      last_position := stored_last_position;
      RETURN NEXT;
      CONTINUE;
    END IF;
    IF stored_count > 0 THEN
      RAISE EXCEPTION USING
        ERRCODE = '${APPEND_SQLSTATE.eventIdConflict}',
        MESSAGE = format('Events were already appended, but not as this exact batch on %s', stream_name),
        DETAIL = jsonb_build_object('stream', stream_name, 'eventIds', stored_ids)::text;
    END IF;

    SELECT max(e.stream_version) INTO current_version FROM ${schema}.events e WHERE e.stream = stream_name;
    expected := stream_append->>'expectedVersion';
    actual := coalesce(current_version::text, '${NO_STREAM}');
    IF expected <> '${ANY_VERSION}' AND expected <> actual THEN
      RAISE EXCEPTION USING
        ERRCODE = '${APPEND_SQLSTATE.wrongExpectedVersion}',
        MESSAGE = format('Stream %s is at version %s, the writer expected %s', stream_name, actual, expected),
        DETAIL = jsonb_build_object('stream', stream_name, 'expected', expected, 'actual', actual)::text;
    END IF;

    INSERT INTO ${schema}.events (position, id, stream, stream_version, type, data, metadata, recorded_at)
      SELECT head + given.ordinal, given.event->>'id', stream_name, coalesce(current_version, -1) + given.ordinal,
             given.event->>'type', given.event->'data', given.event->'metadata', stamped_at
        FROM jsonb_array_elements(stream_append->'events') WITH ORDINALITY AS given(event, ordinal);

    head := head + given_count;
    next_expected_version := coalesce(current_version, -1) + given_count;
    last_position := head;
    RETURN NEXT;
  END LOOP;

  -- Delivered on commit, so listeners never hear of a position before they can read it.
  PERFORM pg_notify('${appendedChannel(schema)}', head::text);
END;
$function$;
`;
}

/**
 * Puts an isolation check in front of the append function, as a wrapper since migration 1 is
 * released: a caller's transaction at another level, or a connection whose startup options
 * override the store's, fails loudly instead of numbering events twice.
 */
function refuseAppendsOutsideReadCommitted(schema: string): string {
  return `
ALTER FUNCTION ${schema}.append_events(jsonb, timestamptz) RENAME TO append_events_in_order;

CREATE FUNCTION ${schema}.append_events(appends jsonb, stamp timestamptz DEFAULT NULL)
RETURNS TABLE (next_expected_version integer, last_position bigint)
LANGUAGE plpgsql
AS $function$
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION USING
      ERRCODE = '${APPEND_SQLSTATE.notReadCommitted}',
      MESSAGE = format('append_events must run under READ COMMITTED, not %s', current_setting('transaction_isolation')),
      HINT = 'Positions follow commit order only when each query takes a fresh snapshot after the append lock.';
  END IF;
  RETURN QUERY SELECT * FROM ${schema}.append_events_in_order(appends, stamp);
END;
$function$;
`;
}
