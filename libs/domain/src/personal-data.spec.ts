import { personalFieldsOf } from './personal-data';

describe(personalFieldsOf.name, () => {
  it("marks a measurement's responses and scores as the participant's", () => {
    expect(personalFieldsOf({ type: 'MeasurementRecorded', data: { participantId: 'p-1', wave: 0 } })).toEqual({
      subject: 'p-1',
      fields: ['responses', 'scores'],
    });
  });

  it('marks enrolment details, reference included, as personal', () => {
    expect(personalFieldsOf({ type: 'ParticipantEnrolled', data: { participantId: 'p-1' } })?.fields).toEqual([
      'reference',
      'gender',
      'riskFactors',
      'personal',
    ]);
  });

  it('leaves events without personal data alone', () => {
    expect(personalFieldsOf({ type: 'ContactLogged', data: { participantId: 'p-1', minutes: 30 } })).toBeUndefined();
    expect(personalFieldsOf({ type: 'ProjectRegistered', data: { projectId: 'x' } })).toBeUndefined();
  });
});
