import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSTRUMENTS, type Instrument } from './instrument-registry';
import type { ItemResponse } from './instrument';
import { scoreResponses, type Scores } from './score-responses';

interface ReferenceCase {
  readonly instrument: string;
  readonly responses: ItemResponse[];
  readonly scores: Scores;
}

// Reference scores worked out independently of this code, kept in reference-cases/.
const REFERENCE_FILE = join(__dirname, 'reference-cases/scoring-cases.json');
const referenceCases = (JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as { cases: ReferenceCase[] }).cases;

function instrument(id: string): Instrument {
  const found = INSTRUMENTS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No instrument ${id}`);
  return found;
}

function responsesTo(subject: Instrument): fc.Arbitrary<ItemResponse[]> {
  const answer = fc.option(fc.constantFrom(...subject.answers.map((option) => option.code)), { nil: null });
  return fc.array(answer, { minLength: subject.items.length, maxLength: subject.items.length });
}

function completeResponsesTo(subject: Instrument): fc.Arbitrary<ItemResponse[]> {
  const answer = fc.constantFrom(...subject.answers.map((option) => option.code));
  return fc.array(answer, { minLength: subject.items.length, maxLength: subject.items.length });
}

function scaleOf(subject: Instrument, name: string) {
  const scale = subject.scales.find((candidate) => candidate.name === name);
  if (scale === undefined) throw new Error(`No scale ${name} in ${subject.id}`);
  return scale;
}

describe(scoreResponses.name, () => {
  it.each(referenceCases.map((reference, index) => [index, reference.instrument, reference] as const))(
    'reproduces reference case #%i (%s)',
    (_index, id, reference) => {
      const sut = scoreResponses;

      expect(sut(instrument(id), reference.responses)).toStrictEqual(reference.scores);
    },
  );

  it('covers every instrument in the reference cases', () => {
    const referenced = new Set(referenceCases.map((reference) => reference.instrument));

    expect([...referenced].sort()).toStrictEqual(INSTRUMENTS.map((subject) => subject.id).sort());
  });

  describe.each(INSTRUMENTS.map((subject) => [subject.id, subject] as const))('for %s', (_id, subject) => {
    it('keeps every score it gives within its scale range', () => {
      fc.assert(
        fc.property(responsesTo(subject), (responses) => {
          const scores = scoreResponses(subject, responses);

          for (const scale of subject.scales) {
            const score = scores[scale.name];
            if (score !== null) {
              expect(score).toBeGreaterThanOrEqual(scale.range.min);
              expect(score).toBeLessThanOrEqual(scale.range.max);
            }
          }
        }),
      );
    });

    it('scores every scale, and nothing else, when every item is answered', () => {
      fc.assert(
        fc.property(completeResponsesTo(subject), (responses) => {
          const scores = scoreResponses(subject, responses);

          expect(Object.keys(scores).sort()).toStrictEqual(subject.scales.map((scale) => scale.name).sort());
          expect(Object.values(scores)).not.toContain(null);
        }),
      );
    });

    it('leaves a scale unscored once more of its items are missing than its rule allows', () => {
      fc.assert(
        fc.property(responsesTo(subject), (responses) => {
          const scores = scoreResponses(subject, responses);

          for (const scale of subject.scales) {
            const missing = scale.itemNumbers.filter((itemNumber) => responses[itemNumber - 1] === null).length;
            if (missing > scale.maxMissingItems) expect(scores[scale.name]).toBeNull();
          }
        }),
      );
    });

    it('leaves every scale unscored when every item is missing', () => {
      const allMissing = subject.items.map(() => null);

      const scores = scoreResponses(subject, allMissing);

      expect(Object.values(scores).every((score) => score === null)).toBe(true);
    });
  });

  describe.each(['djg-6', 'djg-11'])('for %s', (id) => {
    const subject = instrument(id);
    const emotional = scaleOf(subject, 'emotional');
    const social = scaleOf(subject, 'social');

    it('makes the total the sum of the emotional and social subscales when nothing is missing', () => {
      fc.assert(
        fc.property(completeResponsesTo(subject), (responses) => {
          const scores = scoreResponses(subject, responses);

          expect(scores.total).toBe((scores.emotional ?? NaN) + (scores.social ?? NaN));
        }),
      );
    });

    it('scores the total from the answered items when exactly one item is missing, without proration', () => {
      const oneMissing = completeResponsesTo(subject).chain((responses) =>
        fc
          .nat({ max: responses.length - 1 })
          .map((missing) => responses.map((answer, index) => (index === missing ? null : answer))),
      );

      fc.assert(
        fc.property(oneMissing, (responses) => {
          const missingItem = responses.indexOf(null) + 1;
          const answeredPoints = responses
            .map((answer, index) => (answer === null ? 0 : (subject.items[index]?.points[String(answer)] ?? NaN)))
            .reduce((total, points) => total + points, 0);

          const scores = scoreResponses(subject, responses);

          expect(scores.total).toBe(answeredPoints);
          expect(scores.emotional === null).toBe(emotional.itemNumbers.includes(missingItem));
          expect(scores.social === null).toBe(social.itemNumbers.includes(missingItem));
        }),
      );
    });

    it('leaves the total unscored when two items are missing', () => {
      const twoMissing = fc
        .tuple(
          completeResponsesTo(subject),
          fc.uniqueArray(fc.nat({ max: subject.items.length - 1 }), { minLength: 2, maxLength: 2 }),
        )
        .map(([responses, missing]) => responses.map((answer, index) => (missing.includes(index) ? null : answer)));

      fc.assert(
        fc.property(twoMissing, (responses) => {
          expect(scoreResponses(subject, responses).total).toBeNull();
        }),
      );
    });
  });

  it('makes the LSNS-6 total the sum of its family and friends subscales', () => {
    const subject = instrument('lsns-6');

    fc.assert(
      fc.property(completeResponsesTo(subject), (responses) => {
        const scores = scoreResponses(subject, responses);

        expect(scores.total).toBe((scores.family ?? NaN) + (scores.friends ?? NaN));
      }),
    );
  });

  it('makes the WHO-5 percent four times the raw score', () => {
    const subject = instrument('who-5');

    fc.assert(
      fc.property(completeResponsesTo(subject), (responses) => {
        const scores = scoreResponses(subject, responses);

        expect(scores.percent).toBe((scores.raw ?? NaN) * 4);
      }),
    );
  });

  it('never lowers the SWEMWBS metric score when an answer rises', () => {
    const subject = instrument('swemwbs');
    const raisedOnce = completeResponsesTo(subject).chain((responses) =>
      fc.nat({ max: responses.length - 1 }).map((raised) => ({
        before: responses,
        after: responses.map((answer, index) => (index === raised ? Math.min(Number(answer) + 1, 5) : answer)),
      })),
    );

    fc.assert(
      fc.property(raisedOnce, ({ before, after }) => {
        expect(scoreResponses(subject, after).metric).toBeGreaterThanOrEqual(
          scoreResponses(subject, before).metric ?? NaN,
        );
      }),
    );
  });

  it('throws on responses that fail validation', () => {
    const subject = instrument('ucla-3');

    expect(() => scoreResponses(subject, [1, 2, 7])).toThrow('responses[2]: 7 is not one of 1, 2, 3');
  });

  it('throws on a wrong number of responses', () => {
    const subject = instrument('ucla-3');

    expect(() => scoreResponses(subject, [1, 2])).toThrow('expected 3 answers, one per item of ucla-3, got 2');
  });
});
