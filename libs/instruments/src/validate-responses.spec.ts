import fc from 'fast-check';
import { djg6 } from './djg-6/djg-6.instrument';
import { INSTRUMENTS } from './instrument-registry';
import { ucla3 } from './ucla-3/ucla-3.instrument';
import { validateResponses } from './validate-responses';

describe(validateResponses.name, () => {
  const sut = validateResponses;

  it('accepts one valid answer or null per item', () => {
    expect(sut(djg6, ['yes', 'more-or-less', null, 'no', 'yes', 'no'])).toStrictEqual([]);
  });

  it('rejects responses that are not an array', () => {
    expect(sut(djg6, 'yes')).toStrictEqual([
      { path: 'responses', message: 'expected an array of 6 answers, one per item of djg-6, got a string' },
    ]);
  });

  it('rejects missing responses', () => {
    expect(sut(djg6, undefined)).toStrictEqual([
      { path: 'responses', message: 'expected an array of 6 answers, one per item of djg-6, got undefined' },
    ]);
  });

  it('rejects too few answers', () => {
    expect(sut(djg6, ['yes', 'yes', 'yes', 'yes', 'yes'])).toStrictEqual([
      { path: 'responses', message: 'expected 6 answers, one per item of djg-6, got 5' },
    ]);
  });

  it('rejects too many answers', () => {
    expect(sut(ucla3, [1, 2, 3, 1])).toStrictEqual([
      { path: 'responses', message: 'expected 3 answers, one per item of ucla-3, got 4' },
    ]);
  });

  it('names the item whose answer is not one of the codes', () => {
    expect(sut(djg6, ['yes', 'yes', 'no', 'no', 'maybe', 'no'])).toStrictEqual([
      { path: 'responses[4]', message: '"maybe" is not one of yes, more-or-less, no' },
    ]);
  });

  it('shows a number outside the codes unquoted', () => {
    expect(sut(ucla3, [1, 7, 3])).toStrictEqual([{ path: 'responses[1]', message: '7 is not one of 1, 2, 3' }]);
  });

  it('rejects a numeric code sent as a string, saying a number is expected', () => {
    expect(sut(ucla3, [1, '2', 3])).toStrictEqual([
      { path: 'responses[1]', message: '"2" is not one of 1, 2, 3: expected a number, got a string' },
    ]);
  });

  it('rejects a string code sent as a number, saying a string is expected', () => {
    expect(sut(djg6, [1, 'yes', 'yes', 'yes', 'yes', 'yes'])).toStrictEqual([
      { path: 'responses[0]', message: '1 is not one of yes, more-or-less, no: expected a string, got a number' },
    ]);
  });

  it('reports a hole in a sparse array as an unknown answer', () => {
    const sparse: unknown[] = [1, 2, 3];
    delete sparse[1];

    expect(sut(ucla3, sparse)).toStrictEqual([
      { path: 'responses[1]', message: 'undefined is not one of 1, 2, 3: expected a number, got undefined' },
    ]);
  });

  it('shortens a long unknown answer', () => {
    const [problem] = sut(ucla3, [1, 'x'.repeat(200), 3]);

    expect(problem?.message).toBe(`"${'x'.repeat(23)}… is not one of 1, 2, 3: expected a number, got a string`);
  });

  it('judges answers beyond the last item too', () => {
    expect(sut(ucla3, [1, 2, 3, 'maybe'])).toStrictEqual([
      { path: 'responses', message: 'expected 3 answers, one per item of ucla-3, got 4' },
      { path: 'responses[3]', message: '"maybe" is not one of 1, 2, 3: expected a number, got a string' },
    ]);
  });

  it('rejects responses that answer no item', () => {
    expect(sut(ucla3, [null, null, null])).toStrictEqual([
      { path: 'responses', message: 'at least one item must be answered' },
    ]);
  });

  it('reports every problem at once', () => {
    expect(sut(djg6, [null, 'maybe', null, null, 2])).toStrictEqual([
      { path: 'responses', message: 'expected 6 answers, one per item of djg-6, got 5' },
      { path: 'responses[1]', message: '"maybe" is not one of yes, more-or-less, no' },
      { path: 'responses[4]', message: '2 is not one of yes, more-or-less, no: expected a string, got a number' },
    ]);
  });

  it.each(INSTRUMENTS.map((instrument) => [instrument.id, instrument] as const))(
    'accepts any answers of %s with at least one item answered',
    (_id, instrument) => {
      const answer = fc.option(fc.constantFrom(...instrument.answers.map((option) => option.code)), { nil: null });
      const responses = fc
        .array(answer, { minLength: instrument.items.length, maxLength: instrument.items.length })
        .filter((answers) => answers.some((given) => given !== null));

      fc.assert(fc.property(responses, (answers) => expect(sut(instrument, answers)).toStrictEqual([])));
    },
  );

  it.each(INSTRUMENTS.map((instrument) => [instrument.id, instrument] as const))(
    'names exactly the item of %s given an unknown answer',
    (_id, instrument) => {
      const codes = instrument.answers.map((option) => option.code);
      const corrupted = fc
        .tuple(
          fc.array(fc.constantFrom(...codes), {
            minLength: instrument.items.length,
            maxLength: instrument.items.length,
          }),
          fc.nat({ max: instrument.items.length - 1 }),
          fc.oneof(fc.string(), fc.integer(), fc.boolean()).filter((value) => !codes.includes(value as never)),
        )
        .map(([answers, index, unknown]) => ({
          index,
          answers: answers.map((given, at) => (at === index ? unknown : given)),
        }));

      fc.assert(
        fc.property(corrupted, ({ index, answers }) => {
          expect(sut(instrument, answers).map((problem) => problem.path)).toStrictEqual([`responses[${index}]`]);
        }),
      );
    },
  );
});
