import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import { translatorFor } from './translator';

describe('the dashboard in three languages', () => {
  it.each([
    ['nl', nl],
    ['fr', fr],
  ] as const)('%s gives every English text, with the same placeholders', (_language, messages) => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect({ key, placeholders: placeholders(messages[key]) }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('writes a decimal comma in Dutch and French and a point in English', () => {
    expect(translatorFor('nl').number(-0.7)).toBe('-0,70');
    expect(translatorFor('fr').number(1.25)).toBe('1,25');
    expect(translatorFor('en').number(-0.7)).toBe('-0.70');
  });

  it('keeps an interval’s bounds apart with a semicolon where the decimal mark is a comma', () => {
    expect(translatorFor('nl').interval([-1.148, -0.252])).toBe('[-1,15; -0,25]');
    expect(translatorFor('en').interval([-1.148, -0.252])).toBe('[-1.15, -0.25]');
  });

  it('fills in values and falls back to the code for an unknown label', () => {
    const nlTranslator = translatorFor('nl');
    expect(nlTranslator.t('forest.suppressed', { k: 10 })).toBe('minder dan 10 deelnemers');
    expect(nlTranslator.label('verdict', 'scores-improved')).toBe('scores verbeterd');
    expect(nlTranslator.label('verdict', 'a-verdict-from-the-future')).toBe('a-verdict-from-the-future');
  });

  it('writes very small p-values as a bound and missing numbers as a dash', () => {
    const english = translatorFor('en');
    expect(english.p(0.00001)).toBe('< 0.001');
    expect(english.p(0.0342)).toBe('0.034');
    expect(english.number(null)).toBe('—');
    expect(english.percent(0.2105)).toBe('21%');
  });
});
