import { performance } from 'node:perf_hooks';
import { SeededRandom } from '../../libs/application/src/demo/seeded-random';
import { collectYoungGarbage } from './garbage-collection';

/** One request the trials repeat: a query on one dataset's api. */
export interface RequestVariant {
  readonly key: string;
  readonly url: string;
  readonly token: string;
}

/** What the first answer of a variant said, to show that the reads answered what was asked. */
export interface FirstAnswer {
  readonly bytes: number;
  readonly position: string | null;
  /** Paired participants of the intervention arm (of every row, for grouped outcomes). */
  readonly paired: number;
  readonly rows: number;
}

export interface TrialTimes {
  /** Milliseconds from sending the request to having read the whole body, per variant. */
  readonly times: ReadonlyMap<string, number[]>;
  readonly first: ReadonlyMap<string, FirstAnswer>;
}

/**
 * Makes every variant's request once per round, in an order shuffled each round (a seeded
 * generator, so runs are alike), over keep-alive loopback connections with node's fetch. The
 * first `warmUps` rounds are not counted. A minor collection before each request leaves the
 * client's garbage out of the next timing.
 */
export async function runHttpTrials(
  variants: readonly RequestVariant[],
  rounds: { readonly warmUps: number; readonly trials: number },
  progress: (line: string) => void,
): Promise<TrialTimes> {
  const random = new SeededRandom(7);
  const times = new Map(variants.map((variant) => [variant.key, [] as number[]]));
  const first = new Map<string, FirstAnswer>();
  const total = rounds.warmUps + rounds.trials;
  for (let round = 0; round < total; round++) {
    for (const variant of random.shuffled(variants)) {
      collectYoungGarbage();
      const started = performance.now();
      const response = await fetch(variant.url, { headers: { Authorization: `Bearer ${variant.token}` } });
      const body = await response.text();
      const took = performance.now() - started;
      if (response.status !== 200) throw new Error(`${variant.key}: ${response.status} ${body}`);
      if (!first.has(variant.key)) first.set(variant.key, firstAnswerOf(body));
      if (round >= rounds.warmUps) times.get(variant.key)!.push(took);
    }
    if ((round + 1) % 50 === 0 || round + 1 === total) {
      progress(`  requests: round ${round + 1}/${total}${round < rounds.warmUps ? ' (warm-up)' : ''}`);
    }
  }
  return { times, first };
}

interface OutcomeBody {
  readonly position: string | null;
  readonly arms?: { readonly intervention: { readonly paired: number | null } | null };
  readonly rows?: readonly OutcomeBody[];
}

function firstAnswerOf(body: string): FirstAnswer {
  const answer = JSON.parse(body) as OutcomeBody;
  const outcomes = answer.rows ?? [answer];
  return {
    bytes: Buffer.byteLength(body),
    position: answer.position,
    paired: outcomes.reduce((sum, row) => sum + (row.arms?.intervention?.paired ?? 0), 0),
    rows: outcomes.length,
  };
}
