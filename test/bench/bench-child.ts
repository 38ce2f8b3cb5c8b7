import { type ChildProcess, fork } from 'node:child_process';
import { writeSync } from 'node:fs';
import { join } from 'node:path';

/** What a benchmark child process sends its parent. */
export type ChildMessage =
  | { readonly kind: 'progress'; readonly line: string }
  | { readonly kind: 'answer'; readonly id: number; readonly value: unknown }
  | { readonly kind: 'failure'; readonly id: number | null; readonly message: string };

/** Requests with this id are notes: handed over at once, not queued behind the request being answered. */
const NOTE_ID = -2;

/** What a parent asks a long-lived child. */
export interface ChildRequest {
  readonly id: number;
  readonly request: unknown;
}

export interface ChildOptions {
  /** Extra node flags, such as --cpu-prof. */
  readonly nodeFlags?: readonly string[];
  readonly progress: (line: string) => void;
}

/**
 * A child node process running one of the benchmark's `*.child.ts` scripts through swc, as the npm
 * script runs the benchmark: its own heap, its own garbage and its own memory figures.
 */
export class BenchChild {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    void this.exited.then((code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`The child process exited (code ${code})`));
      this.pending.clear();
    });
  }

  static start(script: string, args: readonly string[], options: ChildOptions): BenchChild {
    const child = fork(join(__dirname, script), [...args], {
      execArgv: ['-r', '@swc-node/register', ...(options.nodeFlags ?? [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const handle = new BenchChild(child);
    child.on('message', (message: ChildMessage) => handle.receive(message, options.progress));
    return handle;
  }

  /** Asks the child; resolves with its answer. */
  ask<T>(request: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ id, request } satisfies ChildRequest);
    });
  }

  /** Tells the child something while it may be busy answering a request (see `serveParent`'s `onNote`). */
  note(value: unknown): void {
    this.child.send({ id: NOTE_ID, request: value } satisfies ChildRequest);
  }

  /** Asks the child to finish and waits for it to exit. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null) this.child.send({ id: -1, request: 'exit' } satisfies ChildRequest);
    await this.exited;
  }

  private receive(message: ChildMessage, progress: (line: string) => void): void {
    if (message.kind === 'progress') return progress(message.line);
    const id = message.id ?? [...this.pending.keys()][0];
    if (id === undefined) return;
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    if (message.kind === 'answer') waiting?.resolve(message.value);
    else waiting?.reject(new Error(message.message));
  }
}

/**
 * The child's side: answers each request with `handle`, reports progress lines, and exits when
 * the parent says so (or goes away).
 */
export function serveParent(
  handle: (request: unknown, progress: (line: string) => void) => Promise<unknown>,
  beforeExit: () => Promise<void> = async () => undefined,
  onNote: (note: unknown) => void = () => undefined,
): void {
  const send = (message: ChildMessage) => process.send!(message);
  // Written at once: a child busy with a chain of promises that settle at once may not turn its event
  // loop for minutes, and IPC messages wait for it to.
  const progress = (line: string) => writeSync(1, `${line}\n`);
  let queue = Promise.resolve();
  process.on('message', ({ id, request }: ChildRequest) => {
    if (id === NOTE_ID) return onNote(request);
    if (request === 'exit') {
      queue = queue.then(() => beforeExit().finally(() => process.exit(0)));
      return;
    }
    queue = queue.then(async () => {
      try {
        send({ kind: 'answer', id, value: await handle(request, progress) });
      } catch (error) {
        send({ kind: 'failure', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    });
  });
  process.on('disconnect', () => void beforeExit().finally(() => process.exit(0)));
}
