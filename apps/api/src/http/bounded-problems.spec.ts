import { boundMessage, boundProblems, describeBoundedProblems, PROBLEMS_SHOWN } from './bounded-problems';

const problems = (count: number, message = 'must be text') =>
  Array.from({ length: count }, (_, index) => ({ path: `responses[${index}]`, message }));

describe(boundProblems.name, () => {
  it('keeps every problem when there are few', () => {
    expect(boundProblems(problems(3))).toEqual({ shown: problems(3), more: 0 });
  });

  it('keeps the first 20 and counts the rest', () => {
    const bounded = boundProblems(problems(4_001));
    expect(bounded.shown).toEqual(problems(PROBLEMS_SHOWN));
    expect(describeBoundedProblems(bounded)).toMatch(/^responses\[0\]: must be text; .*; and 3,981 more problems$/);
  });

  it('cuts a long path and a long message short', () => {
    const [problem] = boundProblems([{ path: 'p'.repeat(1_000), message: 'm'.repeat(10_000) }]).shown;
    expect(problem!.path.length).toBeLessThanOrEqual(120);
    expect(problem!.message.length).toBeLessThanOrEqual(240);
    expect(problem!.message.endsWith('…')).toBe(true);
  });

  it('says "1 more problem" in the singular', () => {
    expect(describeBoundedProblems(boundProblems(problems(21)))).toMatch(/and 1 more problem$/);
  });
});

describe(boundMessage.name, () => {
  it('leaves a short message as it is and cuts a long one to a few KiB', () => {
    expect(boundMessage('Not found')).toBe('Not found');
    expect(boundMessage('x'.repeat(1_000_000)).length).toBeLessThanOrEqual(8_192);
  });
});
