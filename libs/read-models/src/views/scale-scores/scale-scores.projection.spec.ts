import { participantEvent } from '../../testing/participant-event';
import { evolveBatch, liveRowsOf } from '../../projection/evolve-batch';
import { type ScaleScoresRow, scaleScoresProjection as sut } from './scale-scores.projection';

type Handled = Parameters<typeof sut.evolve>[1];
const recorded = (type: string, data: Record<string, unknown>, erased = false) =>
  participantEvent<Handled>(type, data, erased);

const enrolled = () =>
  recorded('ParticipantEnrolled', {
    organisationId: 'org-1',
    arm: 'intervention',
    enrolledOn: '2026-01-05',
    ageBand: '80+',
    consentGivenOn: '2026-01-05',
    riskFactors: ['poverty', 'living-alone'],
  });
const measured = (
  measurementId: string,
  wave: number,
  scores: Record<string, number | null>,
  type = 'MeasurementRecorded',
) => recorded(type, { measurementId, instrument: 'djg-6', wave, takenOn: `2026-0${wave + 2}-01`, scores });

/** The live rows after the events, folded in one batch as the runner would, header row left out. */
function scaleRows(...events: Handled[]): ScaleScoresRow[] {
  return liveRowsOf(evolveBatch(sut, [], events)).filter((row) => row.instrument !== '');
}

describe('scaleScoresProjection', () => {
  it('keeps each scale of a measurement with the enrolment facts that group outcomes', () => {
    const rows = scaleRows(enrolled(), measured('m0', 0, { total: 4, social: 2 }));

    expect(rows).toEqual([
      expect.objectContaining({
        scale: 'total',
        arm: 'intervention',
        ageBand: '80+',
        riskFactors: ['living-alone', 'poverty'],
        baseline: 4,
        followUp: null,
      }),
      expect.objectContaining({ scale: 'social', baseline: 2 }),
    ]);
  });

  it('pairs the baseline with the latest wave whose score is not null', () => {
    const [total] = scaleRows(
      enrolled(),
      measured('m0', 0, { total: 4 }),
      measured('m2', 2, { total: null }),
      measured('m1', 1, { total: 3 }),
    );

    expect(total).toMatchObject({ baseline: 4, followUpWave: 1, followUp: 3 });
    expect(total!.waves.map((entry) => entry.wave)).toEqual([0, 1, 2]);
  });

  it('counts a corrected measurement with its corrected score and date', () => {
    const [total] = scaleRows(
      enrolled(),
      measured('m0', 0, { total: 4 }),
      measured('m1', 1, { total: 3 }),
      measured('m1', 1, { total: 1 }, 'MeasurementCorrected'),
    );

    expect(total).toMatchObject({ followUp: 1 });
    expect(total!.waves).toHaveLength(2);
  });

  it('leaves out a retracted measurement, and the row with its last one', () => {
    const retract = (measurementId: string, wave: number) =>
      recorded('MeasurementRetracted', { measurementId, instrument: 'djg-6', wave });

    expect(
      scaleRows(enrolled(), measured('m0', 0, { total: 4 }), measured('m1', 1, { total: 3 }), retract('m1', 1)),
    ).toEqual([expect.objectContaining({ baseline: 4, followUpWave: null, followUp: null })]);
    expect(scaleRows(enrolled(), measured('m0', 0, { total: 4 }), retract('m0', 0))).toEqual([]);
  });

  it('counts nothing of a participant whose enrolment and scores read as erased', () => {
    const erasedEnrolment = { ...enrolled(), erased: true } as Handled;

    expect(
      scaleRows(
        erasedEnrolment,
        recorded('MeasurementRecorded', { measurementId: 'm0', instrument: 'djg-6', wave: 0 }, true),
      ),
    ).toEqual([]);
  });

  it('forgets every row of an erased participant', () => {
    expect(sut.forget?.(recorded('ParticipantErased', {}))).toEqual([{ participantId: 'p1' }]);
  });
});
