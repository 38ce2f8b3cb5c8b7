import type { Outcome } from '../api/types';
import { translatorFor } from '../i18n/translator';
import { detectableEffectNote } from './detectable-effect';

const arms = (d: number, points: number) =>
  ({ intervention: { minimumDetectableEffect: { d, points } }, comparison: null }) as unknown as Outcome['arms'];

describe('what a project could have detected', () => {
  it('is said for a before–after verdict of no detectable change, in the chosen language', () => {
    const outcome = { verdict: 'no-detectable-change' as const, arms: arms(0.45, 0.68), difference: null };
    expect(detectableEffectNote(outcome, translatorFor('en'))).toBe(
      'It could have detected a change of d = 0.45 (0.68 points) or more.',
    );
    expect(detectableEffectNote(outcome, translatorFor('nl'))).toBe(
      'Het had een verandering van d = 0,45 (0,68 punten) of meer kunnen aantonen.',
    );
  });

  it('is the difference’s for a controlled verdict, and nothing for a verdict that found something', () => {
    const difference = { minimumDetectableEffect: { d: 0.67, points: 1.03 } } as unknown as Outcome['difference'];
    expect(
      detectableEffectNote({ verdict: 'no-detectable-effect', arms: arms(0.4, 0.6), difference }, translatorFor('en')),
    ).toBe('It could have detected a difference of d = 0.67 (1.03 points) or more.');
    expect(detectableEffectNote({ verdict: 'effective', arms: arms(0.4, 0.6), difference }, translatorFor('en'))).toBe(
      null,
    );
  });
});
