import {
  type ArmData,
  type Direction,
  type ExpectedOutcome,
  type Reliability,
  computeOutcome,
} from '../../support/outcome-oracle';
import type { RecordingClient } from './recording-client';

/** Responses whose DJG-6 total is `total` (docs/instruments.md: "yes" and "more or less" score on items 1–3, "no" and "more or less" on 4–6). */
export function djg6ResponsesFor(total: number | null): (string | null)[] {
  // Two missing items: more than the total allows, so it cannot be scored.
  if (total === null) return [null, null, 'no', 'yes', 'yes', 'yes'];
  const emotional = Math.min(total, 3);
  const social = total - emotional;
  return [0, 1, 2].map((i) => (i < emotional ? 'yes' : 'no')).concat([0, 1, 2].map((i) => (i < social ? 'no' : 'yes')));
}

/** Responses whose WHO-5 raw score is `raw` (percent = raw × 4). */
export function who5ResponsesFor(raw: number): number[] {
  return [0, 1, 2, 3, 4].map((i) => Math.floor(raw / 5) + (i < raw % 5 ? 1 : 0));
}

export const SCALES: Readonly<Record<'djg-6' | 'who-5', { direction: Direction; reliability: Reliability }>> = {
  'djg-6': { direction: 'lower-is-better', reliability: { kind: 'reliability', r: 0.7 } },
  'who-5': { direction: 'higher-is-better', reliability: { kind: 'reliability', r: 0.84 } },
};

export type Instrument = keyof typeof SCALES;

/** What the test recorded of one participant: enough to recompute every outcome by hand. */
export interface RecordedParticipant {
  readonly id: string;
  readonly projectId: string;
  readonly arm: 'intervention' | 'comparison';
  readonly ageBand: string;
  readonly riskFactors: readonly string[];
  /** Main-scale score per instrument and wave, as recorded (null: not scorable). */
  readonly scores: Record<string, Record<number, number | null>>;
  readonly measurementIds: Record<string, Record<number, string>>;
}

export interface ParticipantPlan {
  readonly arm: 'intervention' | 'comparison';
  readonly ageBand?: string;
  readonly riskFactors?: readonly string[];
  /** DJG-6 total per wave (null: unscorable); WHO-5 raw = 25 − 3 × total unless given. */
  readonly djg6: Readonly<Record<number, number | null>>;
}

/** Records one participant through the api, as an organisation would. */
export async function recordParticipant(
  worker: RecordingClient,
  projectId: string,
  plan: ParticipantPlan,
  instruments: readonly Instrument[],
): Promise<RecordedParticipant> {
  const enrolled = await worker.post<{ id: string }>(`/api/projects/${projectId}/participants`, {
    arm: plan.arm,
    enrolledOn: '2026-01-10',
    ageBand: plan.ageBand ?? '80+',
    riskFactors: plan.riskFactors ?? [],
    consent: { givenOn: '2026-01-10' },
  });
  const scores: Record<string, Record<number, number | null>> = {};
  const measurementIds: Record<string, Record<number, string>> = {};
  for (const instrument of instruments) {
    scores[instrument] = {};
    measurementIds[instrument] = {};
    for (const [wave, total] of Object.entries(plan.djg6)) {
      const raw = total === null ? 10 : 25 - 3 * total;
      const responses = instrument === 'djg-6' ? djg6ResponsesFor(total) : who5ResponsesFor(raw);
      const expected = instrument === 'djg-6' ? total : raw * 4;
      const answer = await worker.post<{ id: string; scores: Record<string, number | null> }>(
        `/api/participants/${enrolled.id}/measurements`,
        { instrument, wave: Number(wave), takenOn: `2026-0${2 + Number(wave)}-15`, responses },
      );
      const answered = instrument === 'djg-6' ? answer.scores['total'] : answer.scores['percent'];
      if (answered !== expected) throw new Error(`${instrument} scored ${answered} where the rules give ${expected}`);
      scores[instrument]![Number(wave)] = expected;
      measurementIds[instrument]![Number(wave)] = answer.id;
    }
  }
  return {
    id: enrolled.id,
    projectId,
    arm: plan.arm,
    ageBand: plan.ageBand ?? '80+',
    riskFactors: plan.riskFactors ?? [],
    scores,
    measurementIds,
  };
}

/** The outcome docs/statistics.md gives these participants, computed by the independent oracle. */
export function expectedOutcome(
  participants: readonly RecordedParticipant[],
  instrument: Instrument,
  wave?: number,
): ExpectedOutcome {
  const arm = (name: 'intervention' | 'comparison'): ArmData | null => {
    const inArm = participants.filter((participant) => participant.arm === name);
    return inArm.length === 0
      ? null
      : { participants: inArm.map((participant) => ({ waves: participant.scores[instrument] ?? {} })) };
  };
  return computeOutcome({
    ...SCALES[instrument],
    arms: { intervention: arm('intervention'), comparison: arm('comparison') },
    wave,
  });
}
