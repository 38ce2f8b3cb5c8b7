import { setTimeout as sleep } from 'node:timers/promises';
import { Client, type Notification } from 'pg';

export interface PostgresAppendListenerOptions {
  readonly connectionString: string;
  /** The channel the append function notifies, with the new head position as payload. */
  readonly channel: string;
  /** How often to re-read the head position while someone waits. */
  readonly pollIntervalMs: number;
  readonly readHeadPosition: () => Promise<bigint | null>;
}

interface Waiter {
  readonly after: bigint;
  readonly wake: () => void;
}

/** Shown in pg_stat_activity, so that operators (and tests) can tell the listening connection apart. */
export const LISTENER_APPLICATION_NAME = 'outcome-ledger-append-listener';

const FIRST_RECONNECT_DELAY_MS = 100;
const MAX_RECONNECT_DELAY_MS = 5_000;

/**
 * Wakes whoever waits for appends: LISTEN on one dedicated connection, re-established when it
 * drops, plus polling of the head position while anyone waits, for notifications lost meanwhile.
 */
export class PostgresAppendListener {
  private readonly waiters = new Set<Waiter>();
  private readonly stopped = new AbortController();
  private knownHead = 0n;
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private reconnectAttempts = 0;
  private isPolling = false;

  constructor(private readonly options: PostgresAppendListenerOptions) {}

  /** Opens the listening connection; rejects when the server cannot be reached. */
  async start(): Promise<void> {
    await this.listen();
  }

  /** Resolves once the head passes `after`, after `timeoutMs`, on abort or on dispose. */
  wait(after: bigint | undefined, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const threshold = after ?? 0n;
    if (this.stopped.signal.aborted || signal?.aborted || this.knownHead > threshold) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', wake);
        this.waiters.delete(waiter);
        resolve();
      };
      const waiter: Waiter = { after: threshold, wake };
      const timer = setTimeout(wake, timeoutMs);
      signal?.addEventListener('abort', wake, { once: true });
      this.waiters.add(waiter);
      this.pollWhileWaited();
    });
  }

  /** Wakes every waiter and closes the listening connection. */
  async dispose(): Promise<void> {
    this.stopped.abort();
    clearTimeout(this.reconnectTimer);
    for (const waiter of this.waiters) waiter.wake();
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private listen(): Promise<void> {
    this.connecting = this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.options.connectionString,
      application_name: LISTENER_APPLICATION_NAME,
    });
    client.on('error', () => this.onConnectionLost(client));
    client.on('end', () => this.onConnectionLost(client));
    client.on('notification', (notification) => this.onNotification(notification));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped.signal.aborted) {
      await client.end();
      return;
    }
    this.client = client;
  }

  private onConnectionLost(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped.signal.aborted) return;
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, FIRST_RECONNECT_DELAY_MS * 2 ** this.reconnectAttempts);
    this.reconnectAttempts += 1;
    this.reconnectTimer = setTimeout(() => void this.reconnect(), delay);
  }

  private async reconnect(): Promise<void> {
    try {
      await this.listen();
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.reconnectAttempts = 0;
    // Notifications sent while the connection was down are lost: let every waiter re-read.
    for (const waiter of this.waiters) waiter.wake();
  }

  private onNotification(notification: Notification): void {
    if (notification.channel === this.options.channel && notification.payload) {
      this.advanceHead(BigInt(notification.payload));
    }
  }

  private advanceHead(head: bigint | null): void {
    if (head === null || head <= this.knownHead) return;
    this.knownHead = head;
    for (const waiter of this.waiters) if (waiter.after < head) waiter.wake();
  }

  private pollWhileWaited(): void {
    if (this.isPolling) return;
    this.isPolling = true;
    void this.poll();
  }

  private async poll(): Promise<void> {
    // The loop test and the reset below run in one turn of the event loop: a new waiter either
    // finds the loop running or starts a new one.
    while (this.waiters.size > 0 && !this.stopped.signal.aborted) {
      try {
        this.advanceHead(await this.options.readHeadPosition());
      } catch {
        // The server is unreachable: waiters run into their timeout and the caller's next read fails.
      }
      if (this.waiters.size > 0) {
        await sleep(this.options.pollIntervalMs, undefined, { signal: this.stopped.signal, ref: false }).catch(
          () => undefined,
        );
      }
    }
    this.isPolling = false;
  }
}
