import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { appendToBenchmarksFile } from './benchmark-report';
import { latenciesOf } from './latencies';

/**
 * npm run bench:soak: the api in a process of its own on a fresh embedded data folder, under mixed
 * writes and reads from eight clients for SOAK_SECONDS (600 by default). Every 10 s it samples the
 * api process from outside (resident memory and open file descriptors, from /proc) and the
 * requests of those 10 s. The figures go to BENCHMARKS.md (SOAK_REPORT=stdout prints them only).
 */

const ROOT = resolve(__dirname, '../..');
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const SAMPLE_EVERY_MS = 10_000;
const CLIENTS = 8;
const ADMIN_TOKEN = 'soak-admin-token-0123456789abcdef0123456789';
const MIB = 2 ** 20;

interface Sample {
  readonly second: number;
  readonly rssMiB: number;
  readonly openFiles: number;
  readonly requests: number;
  readonly failures: number;
  readonly p50: number;
  readonly p95: number;
}

/** What the api process holds, read from /proc (Linux). */
function processFacts(pid: number): { rssMiB: number; openFiles: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { rssMiB: (rssKiB * 1024) / MIB, openFiles: readdirSync(`/proc/${pid}/fd`).length };
}

async function startApi(dataDir: string): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '0',
      ADMIN_TOKEN,
      KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      // info: the start's "Listening on" line is how the address is learnt; request lines are dropped after it.
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '10000000',
    },
  });
  let output = '';
  let listening = false;
  const keep = (chunk: Buffer) => {
    if (!listening) output += chunk.toString();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((done) => child.on('close', () => done()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const url = /Listening on (http:\/\/\S+)/.exec(output)?.[1];
    if (url) {
      listening = true;
      return {
        url: url.replace('localhost', '127.0.0.1'),
        pid: child.pid!,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      };
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The api did not start:\n${output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

class Client {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async send(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }
}

const DJG6 = ['yes', 'more-or-less', 'no', 'yes', 'yes', 'no'];

/** One step of a client: mostly writes of a participant's life, and the reads an organisation and a funder make. */
async function step(client: Client, projectId: string, participants: string[], round: number): Promise<number> {
  const choice = round % 10;
  const someone = participants[Math.floor(Math.random() * participants.length)];
  if (choice < 3 || !someone) {
    const enrolled = await client.send('POST', `/api/projects/${projectId}/participants`, {
      arm: round % 2 ? 'intervention' : 'comparison',
      enrolledOn: '2026-01-10',
      ageBand: '80+',
      consent: { givenOn: '2026-01-10' },
      personal: { name: `Soak ${round}`, email: `soak${round}@example.org` },
    });
    if (enrolled.status === 201) {
      participants.push(enrolled.body.id as string);
      await client.send('POST', `/api/participants/${enrolled.body.id as string}/measurements`, {
        instrument: 'djg-6',
        wave: 0,
        takenOn: '2026-01-10',
        responses: DJG6,
      });
    }
    return enrolled.status;
  }
  if (choice < 5) {
    return (
      await client.send('POST', `/api/participants/${someone}/contacts`, {
        on: '2026-02-01',
        minutes: 30,
        kind: 'call',
      })
    ).status;
  }
  if (choice === 5) {
    const wave = 1 + Math.floor(Math.random() * 3);
    const answers = [...DJG6].reverse();
    const sent = await client.send('POST', `/api/participants/${someone}/measurements`, {
      instrument: 'djg-6',
      wave,
      takenOn: `2026-0${wave + 3}-01`,
      responses: answers,
    });
    // A wave measured before is a domain refusal, as a client doing this would meet it.
    return sent.status === 422 ? 201 : sent.status;
  }
  if (choice === 6) return (await client.send('GET', `/api/participants/${someone}`)).status;
  if (choice === 7) return (await client.send('GET', `/api/projects/${projectId}/participants`)).status;
  if (choice === 8) return (await client.send('GET', `/api/projects/${projectId}/outcomes?instrument=djg-6`)).status;
  return (await client.send('GET', `/api/projects/${projectId}/enrolment`)).status;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'outcome-ledger-soak-'));
  const loadAtStart = loadavg();
  const api = await startApi(dataDir);
  try {
    const admin = new Client(api.url, ADMIN_TOKEN);
    const organisation = await admin.send('POST', '/api/organisations', { name: 'Buurtwerk Soak' });
    const issued = await admin.send('POST', '/api/tokens', {
      role: 'organisation',
      organisationId: organisation.body.id,
    });
    const client = new Client(api.url, issued.body.token as string);
    const project = await client.send('POST', '/api/projects', {
      name: 'Soak',
      interventionType: 'buddy',
      startsOn: '2026-01-01',
      instruments: ['djg-6'],
      hasComparisonGroup: true,
    });
    const projectId = project.body.id as string;
    const participants: string[] = [];

    const started = performance.now();
    const samples: Sample[] = [];
    let window: number[] = [];
    let requests = 0;
    let failures = 0;
    const failedStatuses = new Map<number, number>();
    let nextSample = started + SAMPLE_EVERY_MS;
    const takeSample = () => {
      const { rssMiB, openFiles } = processFacts(api.pid);
      const latencies = window.length ? latenciesOf(window) : { p50: 0, p95: 0 };
      samples.push({
        second: Math.round((performance.now() - started) / 1000),
        rssMiB,
        openFiles,
        requests,
        failures,
        p50: latencies.p50,
        p95: latencies.p95,
      });
      window = [];
      console.log(JSON.stringify(samples.at(-1)));
    };
    samples.push({ second: 0, ...processFacts(api.pid), requests: 0, failures: 0, p50: 0, p95: 0 });

    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, clientIndex) => {
        for (let round = clientIndex; performance.now() - started < SECONDS * 1000; round += CLIENTS) {
          const sent = performance.now();
          const status = await step(client, projectId, participants, round).catch(() => 0);
          window.push(performance.now() - sent);
          requests += 1;
          if (status >= 400 || status === 0) {
            failures += 1;
            failedStatuses.set(status, (failedStatuses.get(status) ?? 0) + 1);
          }
          if (performance.now() >= nextSample) {
            nextSample += SAMPLE_EVERY_MS;
            takeSample();
          }
        }
      }),
    );
    if (performance.now() - started - samples.at(-1)!.second * 1000 > 1_000) takeSample();
    const section = report(samples, failedStatuses, participants.length, loadAtStart);
    if (process.env.SOAK_REPORT === 'stdout') console.log(section);
    else appendToBenchmarksFile(join(ROOT, 'BENCHMARKS.md'), section);
  } finally {
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(
  samples: readonly Sample[],
  failedStatuses: ReadonlyMap<number, number>,
  participants: number,
  loadAtStart: readonly number[],
): string {
  const last = samples.at(-1)!;
  const afterWarmUp = samples.find((sample) => sample.second >= 60) ?? samples[1] ?? last;
  const rows = samples.map(
    (sample) =>
      `| ${sample.second} | ${sample.rssMiB.toFixed(0)} | ${sample.openFiles} | ${sample.requests} | ${sample.failures} | ${sample.p50.toFixed(1)} | ${sample.p95.toFixed(1)} |`,
  );
  return `
## Soak, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

\`npm run bench:soak\`: ${SECONDS} s of mixed writes and reads from ${CLIENTS} clients against one api process on the
embedded default (enrolments with a baseline, contacts, follow-up measurements, a participant's record, the
participant list, a project's outcome and its enrolment view), sampled every 10 s from outside the process.
${cpus().length} CPUs, load average at the start ${loadAtStart.map((load) => load.toFixed(2)).join(', ')}.

- Requests: ${last.requests.toLocaleString('en-GB')} (${(last.requests / SECONDS).toFixed(0)}/s), ${participants.toLocaleString('en-GB')} participants enrolled; answers other than 2xx: ${last.failures}${failedStatuses.size ? ` (${[...failedStatuses].map(([status, count]) => `${status || 'no answer'} × ${count}`).join(', ')})` : ''}.
- Resident memory: ${afterWarmUp.rssMiB.toFixed(0)} MiB at ${afterWarmUp.second} s, ${last.rssMiB.toFixed(0)} MiB at the end, ${Math.max(...samples.map((sample) => sample.rssMiB)).toFixed(0)} MiB at most.
- Open file descriptors: ${afterWarmUp.openFiles} at ${afterWarmUp.second} s, ${last.openFiles} at the end, ${Math.max(...samples.map((sample) => sample.openFiles))} at most.

| s | RSS MiB | open fds | requests | non-2xx | p50 ms (10 s) | p95 ms (10 s) |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
