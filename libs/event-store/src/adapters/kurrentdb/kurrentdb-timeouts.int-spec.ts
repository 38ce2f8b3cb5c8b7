import { once } from 'node:events';
import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import { aStreamName, someNewEvents } from '@outcome/event-store/testing';
import { AppendOutcomeUnknownError, EventStoreUnavailableError } from '../../errors';
import { KurrentDbEventStore } from './kurrentdb-event-store';

const OPERATION_TIMEOUT_MS = 250;
// Far below the client's own give-up (seconds for a read, minutes for an append): only the store's
// timeout can end these calls in time.
const TEST_TIMEOUT_MS = 4_000;

describe(KurrentDbEventStore.name, () => {
  describe('against a peer that accepts connections and never answers', () => {
    const sockets = new Set<Socket>();
    let silentPeer: Server;
    let sut: KurrentDbEventStore;

    beforeAll(async () => {
      silentPeer = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await once(silentPeer.listen(0, '127.0.0.1'), 'listening');
    });

    beforeEach(async () => {
      const { port } = silentPeer.address() as AddressInfo;
      sut = await KurrentDbEventStore.connect({
        connectionString: `kurrentdb://127.0.0.1:${port}?tls=false`,
        operationTimeoutMs: OPERATION_TIMEOUT_MS,
      });
    });

    afterEach(async () => {
      await sut.dispose();
    });

    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      silentPeer.close();
      await once(silentPeer, 'close');
    });

    it(
      'fails an append that gets no answer with AppendOutcomeUnknownError, as it may have landed',
      async () => {
        await expect(sut.appendToStream(aStreamName(), someNewEvents(1))).rejects.toBeInstanceOf(
          AppendOutcomeUnknownError,
        );
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'fails a read with EventStoreUnavailableError',
      async () => {
        await expect(sut.readStream(aStreamName())).rejects.toBeInstanceOf(EventStoreUnavailableError);
        await expect(sut.readAll({ maxCount: 10 })).rejects.toBeInstanceOf(EventStoreUnavailableError);
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'fails a subscription with EventStoreUnavailableError',
      async () => {
        const subscription = sut.subscribeToAll();

        await expect(subscription.next()).rejects.toBeInstanceOf(EventStoreUnavailableError);
      },
      TEST_TIMEOUT_MS,
    );
  });

  describe('against an address that refuses connections', () => {
    let sut: KurrentDbEventStore;

    beforeEach(async () => {
      const closed = createServer();
      await once(closed.listen(0, '127.0.0.1'), 'listening');
      const { port } = closed.address() as AddressInfo;
      closed.close();
      await once(closed, 'close');
      sut = await KurrentDbEventStore.connect({
        connectionString: `kurrentdb://127.0.0.1:${port}?tls=false`,
        operationTimeoutMs: OPERATION_TIMEOUT_MS,
      });
    });

    afterEach(async () => {
      await sut.dispose();
    });

    it(
      'fails an append with EventStoreUnavailableError, as it never left the client',
      async () => {
        await expect(sut.appendToStream(aStreamName(), someNewEvents(1))).rejects.toBeInstanceOf(
          EventStoreUnavailableError,
        );
      },
      TEST_TIMEOUT_MS,
    );
  });
});
