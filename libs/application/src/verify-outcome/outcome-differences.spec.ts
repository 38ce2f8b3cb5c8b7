import { outcomeDifferences } from './outcome-differences';

describe(outcomeDifferences.name, () => {
  const published = {
    asOf: '2026-12-01T10:00:00.000Z',
    position: '120',
    arms: { intervention: { paired: 20, ci95: [-1.5, -0.25] }, comparison: null },
    warnings: ['small-sample'],
  };

  it('finds nothing between equal answers read at different instants', () => {
    expect(outcomeDifferences(published, { ...published, asOf: '2026-12-08T10:00:00.000Z' })).toEqual([]);
  });

  it('names each differing leaf by its path, with both values', () => {
    const recomputed = {
      ...published,
      arms: { intervention: { paired: 19, ci95: [-1.5, -0.2] }, comparison: null },
      warnings: [],
    };

    expect(outcomeDifferences(published, recomputed)).toEqual([
      { field: 'arms.intervention.paired', published: 20, recomputed: 19 },
      { field: 'arms.intervention.ci95[1]', published: -0.25, recomputed: -0.2 },
      { field: 'warnings', published: ['small-sample'], recomputed: [] },
    ]);
  });

  it('leaves out the top-level fields it is told to', () => {
    expect(outcomeDifferences(published, { ...published, position: '130' }, ['position'])).toEqual([]);
    expect(outcomeDifferences(published, { ...published, position: '130' })).toEqual([
      { field: 'position', published: '120', recomputed: '130' },
    ]);
  });
});
