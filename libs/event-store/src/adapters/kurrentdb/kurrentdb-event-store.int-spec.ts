import { randomUUID } from 'node:crypto';
import { type EventStoreHarness, runEventStoreContract } from '@outcome/event-store/testing';
import { KurrentDbEventStore } from './kurrentdb-event-store';

const connectionString = process.env['KURRENTDB_URL'];

// A database cannot be emptied between tests: each test gets a namespace of its own instead
const harness = (url: string): EventStoreHarness => ({
  create: () => KurrentDbEventStore.connect({ connectionString: url, namespace: `test-${randomUUID()}/` }),
});

if (connectionString) {
  runEventStoreContract(KurrentDbEventStore.name, harness(connectionString));
} else {
  // No KurrentDB server runs on this machine: config/docker-compose.yml starts one for KURRENTDB_URL
  describe.skip('[skipped: KURRENTDB_URL not set] KurrentDbEventStore contract', () => {
    runEventStoreContract(KurrentDbEventStore.name, harness('kurrentdb://unset'));
  });
}
