import type { RecordedEvent } from '../event';
import type { Upcaster } from './upcaster';

/** Per event type, the upcasters from its oldest stored schema version up to its current one. */
export class UpcasterChains {
  private readonly chains = new Map<string, Map<number, Upcaster>>();

  /** Rejects two upcasters from the same version of a type, and chains with a missing link. */
  constructor(upcasters: readonly Upcaster[]) {
    for (const upcaster of upcasters) {
      const chain = this.chains.get(upcaster.eventType) ?? new Map<number, Upcaster>();
      if (chain.has(upcaster.fromSchemaVersion)) {
        throw new Error(`Two upcasters lift ${upcaster.eventType} from schema version ${upcaster.fromSchemaVersion}`);
      }
      chain.set(upcaster.fromSchemaVersion, upcaster);
      this.chains.set(upcaster.eventType, chain);
    }
    for (const [eventType, chain] of this.chains) assertNoMissingLink(eventType, [...chain.keys()]);
  }

  /** The event with its payload lifted to the current schema version of its type. */
  lift(event: RecordedEvent): RecordedEvent {
    const chain = this.chains.get(event.type);
    let { data } = event;
    let schemaVersion = event.metadata.schemaVersion;
    for (let upcaster = chain?.get(schemaVersion); upcaster; upcaster = chain?.get(schemaVersion)) {
      data = upcaster.upcast(data);
      schemaVersion += 1;
    }
    if (schemaVersion === event.metadata.schemaVersion) return event;
    return { ...event, data, metadata: { ...event.metadata, schemaVersion } };
  }
}

function assertNoMissingLink(eventType: string, fromVersions: readonly number[]): void {
  const sorted = [...fromVersions].sort((a, b) => a - b);
  const gap = sorted.findIndex((version, i) => i > 0 && version !== sorted[i - 1]! + 1);
  if (gap !== -1) {
    throw new Error(`No upcaster lifts ${eventType} from schema version ${sorted[gap - 1]! + 1}`);
  }
}
