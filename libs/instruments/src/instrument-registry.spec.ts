import { INSTRUMENTS, findInstrument, isInstrumentId, type Instrument } from './instrument-registry';
import { LANGUAGES, type LocalisedText } from './language';
import type { Scale } from './scale';

function textsOf(instrument: Instrument): LocalisedText[] {
  return [
    ...instrument.items.map((item) => item.text),
    ...instrument.answers.map((option) => option.label),
    ...instrument.scales.flatMap((scale) => (scale.categories ?? []).map((category) => category.label)),
  ];
}

function reachableRange(instrument: Instrument, scale: Scale): { min: number; max: number } {
  const itemPoints = scale.itemNumbers.map((itemNumber) =>
    Object.values(instrument.items[itemNumber - 1]?.points ?? {}),
  );
  const convert = (sum: number): number | undefined => {
    if (scale.conversion === undefined) return sum;
    return scale.conversion.kind === 'times' ? sum * scale.conversion.factor : scale.conversion.table[sum];
  };
  return {
    min: convert(itemPoints.reduce((sum, points) => sum + Math.min(...points), 0)) ?? NaN,
    max: convert(itemPoints.reduce((sum, points) => sum + Math.max(...points), 0)) ?? NaN,
  };
}

describe(findInstrument.name, () => {
  it('finds a registered instrument by its id', () => {
    expect(findInstrument('swemwbs')?.name).toBe('Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)');
  });

  it('finds nothing for an unknown id', () => {
    expect(findInstrument('djg-7')).toBeUndefined();
  });
});

describe(isInstrumentId.name, () => {
  it('accepts the id of every registered instrument', () => {
    expect(INSTRUMENTS.every((instrument) => isInstrumentId(instrument.id))).toBe(true);
  });

  it('rejects an unknown id', () => {
    expect(isInstrumentId('DJG-6')).toBe(false);
  });
});

describe('INSTRUMENTS', () => {
  it('registers the instruments of docs/instruments.md in order', () => {
    expect(INSTRUMENTS.map((instrument) => instrument.id)).toStrictEqual([
      'djg-6',
      'djg-11',
      'ucla-3',
      'ons-direct',
      'lsns-6',
      'swemwbs',
      'who-5',
      'self-rated-health',
    ]);
  });

  describe.each(INSTRUMENTS.map((instrument) => [instrument.id, instrument] as const))('%s', (_id, instrument) => {
    it('names one of its scales as the main scale', () => {
      expect(instrument.scales.map((scale) => scale.name)).toContain(instrument.mainScale);
    });

    it('gives every item points for exactly its answer codes', () => {
      const codes = instrument.answers.map((option) => String(option.code)).sort();

      for (const item of instrument.items) expect(Object.keys(item.points).sort()).toStrictEqual(codes);
    });

    it('has distinct answer codes', () => {
      const codes = instrument.answers.map((option) => option.code);

      expect(new Set(codes).size).toBe(codes.length);
    });

    it('gives every text in every language', () => {
      for (const text of textsOf(instrument)) {
        for (const language of LANGUAGES) expect(text[language].trim()).not.toBe('');
      }
    });

    it('states where the wording in every language comes from', () => {
      for (const language of LANGUAGES) expect(instrument.translations[language].source.trim()).not.toBe('');
    });

    it.each(instrument.scales.map((scale) => [scale.name, scale] as const))(
      'scores %s from its own items only, each once',
      (_name, scale) => {
        expect(new Set(scale.itemNumbers).size).toBe(scale.itemNumbers.length);
        for (const itemNumber of scale.itemNumbers) {
          expect(itemNumber).toBeGreaterThanOrEqual(1);
          expect(itemNumber).toBeLessThanOrEqual(instrument.items.length);
        }
      },
    );

    it.each(instrument.scales.map((scale) => [scale.name, scale] as const))(
      'declares the range of %s that complete answers reach',
      (_name, scale) => {
        expect(reachableRange(instrument, scale)).toStrictEqual(scale.range);
      },
    );

    it('keeps the categories of every scale inside its range and apart', () => {
      const misplaced = instrument.scales.flatMap((scale) => {
        const categories = [...(scale.categories ?? [])].sort((a, b) => a.min - b.min);
        return categories
          .filter(
            (category, index) =>
              category.min > category.max ||
              category.min < scale.range.min ||
              category.max > scale.range.max ||
              category.min <= (categories[index - 1]?.max ?? -Infinity),
          )
          .map((category) => `${scale.name}: ${category.code}`);
      });

      expect(misplaced).toStrictEqual([]);
    });

    it.each(instrument.scales.map((scale) => [scale.name, scale.reliability] as const))(
      'gives %s a usable reliability or none',
      (_name, reliability) => {
        const usable =
          reliability === null ||
          (reliability.kind === 'reliability' ? reliability.r > 0 && reliability.r < 1 : reliability.sem > 0);

        expect(usable).toBe(true);
      },
    );
  });
});
