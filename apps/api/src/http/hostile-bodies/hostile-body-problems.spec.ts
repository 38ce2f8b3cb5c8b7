import { BODY_DEPTH_LIMIT, hostileBodyProblems } from './hostile-body-problems';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { a: value };
  return value;
}

describe(hostileBodyProblems.name, () => {
  it('accepts an ordinary body, emoji included', () => {
    expect(hostileBodyProblems({ personal: { name: 'Mia 😀' }, responses: ['yes', null, 3] })).toEqual({
      outcome: 'acceptable',
    });
  });

  it('accepts nesting up to the limit and refuses one level more', () => {
    expect(hostileBodyProblems(nested(BODY_DEPTH_LIMIT)).outcome).toBe('acceptable');
    expect(hostileBodyProblems(nested(BODY_DEPTH_LIMIT + 1)).outcome).toBe('too-deep');
  });

  it('refuses a body a million levels deep without overflowing its own stack', () => {
    expect(hostileBodyProblems(nested(1_000_000)).outcome).toBe('too-deep');
  });

  it('names every prototype key by its path as an unknown field', () => {
    const body = JSON.parse('{"__proto__":1,"consent":{"constructor":2},"list":[{"prototype":3}]}') as unknown;
    expect(hostileBodyProblems(body)).toEqual({
      outcome: 'refused',
      problems: [
        { path: '__proto__', message: 'is not a known field' },
        { path: 'consent.constructor', message: 'is not a known field' },
        { path: 'list[0].prototype', message: 'is not a known field' },
      ],
    });
  });

  it('names a string with a lone surrogate, in a field or an item', () => {
    expect(hostileBodyProblems({ personal: { email: 'a\ud800b' }, responses: ['\udc00'] })).toEqual({
      outcome: 'refused',
      problems: [
        { path: 'personal.email', message: expect.stringContaining('lone surrogate') },
        { path: 'responses[0]', message: expect.stringContaining('lone surrogate') },
      ],
    });
  });

  it('names a bare string body with a lone surrogate as the body', () => {
    expect(hostileBodyProblems('\ud800')).toEqual({
      outcome: 'refused',
      problems: [{ path: 'body', message: expect.stringContaining('lone surrogate') }],
    });
  });
});
