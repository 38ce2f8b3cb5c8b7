import { ApiError } from '../api/client';
import { refusalOf } from './refusal';

describe('a refused write, beside the fields it names', () => {
  it('puts each invalid field’s message beside it', () => {
    const error = new ApiError(400, 'invalid', 'request.invalid', [
      { path: 'enrolledOn', message: '"2026-02-30" is not a date written YYYY-MM-DD' },
      { path: 'consent.givenOn', message: 'is required' },
    ]);
    expect(refusalOf(error)).toEqual({
      fields: { enrolledOn: '"2026-02-30" is not a date written YYYY-MM-DD', 'consent.givenOn': 'is required' },
      general: null,
    });
  });

  it('puts a domain rule’s message beside the field the rule is about', () => {
    const error = new ApiError(422, 'A measurement cannot be taken before enrolment', 'measurement.before-enrolment');
    expect(refusalOf(error)).toEqual({
      fields: { takenOn: 'A measurement cannot be taken before enrolment' },
      general: null,
    });
  });

  it('keeps any other refusal for the form as a whole', () => {
    expect(refusalOf(new ApiError(409, 'Someone else wrote first', 'concurrency'))).toEqual({
      fields: {},
      general: 'Someone else wrote first',
    });
    expect(refusalOf(new Error('Failed to fetch'))).toEqual({ fields: {}, general: 'Failed to fetch' });
  });
});
