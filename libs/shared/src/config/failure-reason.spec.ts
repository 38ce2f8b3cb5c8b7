import { failureCodeOf, folderFailureReason, serverFailureReason } from './failure-reason';

function systemError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

class StoreUnavailableError extends Error {
  readonly code = 'event-store.unavailable';
}

describe(serverFailureReason.name, () => {
  it('says in words that the server refused the connection', () => {
    expect(serverFailureReason(systemError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5999'))).toBe(
      'refused the connection (ECONNREFUSED)',
    );
  });

  it('finds the system code under an error of our own', () => {
    const outage = new StoreUnavailableError('PostgreSQL is unavailable', {
      cause: systemError('ENOTFOUND', 'getaddrinfo ENOTFOUND db.invalid'),
    });

    expect(serverFailureReason(outage)).toBe('names a host that cannot be found (ENOTFOUND)');
  });

  it("repeats the server's own words, with any password masked, for a failure it has no words for", () => {
    const refused = systemError('3D000', 'database "outcome" does not exist');
    const leaky = new Error('cannot parse postgres://app:s3cret@db/outcome');

    expect(serverFailureReason(refused)).toBe('failed: database "outcome" does not exist (3D000)');
    expect(serverFailureReason(leaky)).toBe('failed: cannot parse postgres://app:***@db/outcome');
  });
});

describe(folderFailureReason.name, () => {
  it.each([
    ['EEXIST', 'is a file, not a folder (EEXIST)'],
    ['ENOTDIR', 'lies inside a file, not a folder (ENOTDIR)'],
    ['EACCES', 'cannot be written by this process (EACCES)'],
    ['SQLITE_CANTOPEN', 'holds a database file that cannot be opened (SQLITE_CANTOPEN)'],
  ])('says what %s means for a data folder', (code, reason) => {
    expect(folderFailureReason(systemError(code, `${code}: something`))).toBe(reason);
  });
});

describe(failureCodeOf.name, () => {
  it('answers nothing for an error without a code', () => {
    expect(failureCodeOf(new StoreUnavailableError('KurrentDB is unavailable'))).toBeUndefined();
  });
});
