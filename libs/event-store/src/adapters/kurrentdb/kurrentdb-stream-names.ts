import { excludeSystemEvents, streamNameFilter, type Filter } from '@kurrent/kurrentdb-client';

const CLAIM_CATEGORY = 'eventid';

/**
 * Where this store's streams live in a KurrentDB database it may share with others: each under
 * the store's namespace prefix (none by default), and beside them one claim stream per event id.
 */
export class KurrentDbStreamNames {
  constructor(private readonly namespace: string) {
    if (namespace.startsWith('$') || namespace.startsWith(CLAIM_CATEGORY)) {
      throw new Error(
        `A namespace starting with "$" or "${CLAIM_CATEGORY}" would mix with other streams: ${namespace}`,
      );
    }
  }

  /** The KurrentDB stream that holds our `stream`. */
  stored(stream: string): string {
    return this.namespace + stream;
  }

  /** Our name of a KurrentDB stream this store holds. */
  original(storedStream: string): string {
    return storedStream.slice(this.namespace.length);
  }

  /** The stream whose event claims `eventId` for the stream the event was appended to. */
  claim(eventId: string): string {
    return `${CLAIM_CATEGORY}-${this.namespace}${eventId}`;
  }

  /** Keeps `$all` to this store's own events: no system event, no claim, nothing of another namespace. */
  ownEvents(): Filter {
    // Without a namespace, claims hide behind their `$` type; with one, outside its prefix
    return this.namespace === '' ? excludeSystemEvents() : streamNameFilter({ prefixes: [this.namespace] });
  }
}
