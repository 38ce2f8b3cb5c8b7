import { InvalidConfigError } from './invalid-config.error';
import { loadAppConfig } from './load-app-config';

function problemsOf(env: Record<string, string>): string {
  try {
    loadAppConfig({ env });
  } catch (error) {
    if (error instanceof InvalidConfigError) return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe(loadAppConfig.name, () => {
  it('gives the defaults of docs/api.md when nothing is set', () => {
    const sut = loadAppConfig({ env: {} });

    expect(sut).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      eventStore: 'sqlite',
      readStore: 'sqlite',
      demo: true,
      suppressionMinCell: 10,
      projector: 'in-process',
      rateLimitPerMinute: 6000,
    });
    expect(sut.adminToken).toBeUndefined();
    expect(sut.isEmbedded).toBe(true);
  });

  it('reads and converts every variable', () => {
    const sut = loadAppConfig({
      env: {
        PORT: '0',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/outcome',
        EVENT_STORE: 'postgres',
        READ_STORE: 'postgres',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/outcome',
        ADMIN_TOKEN: 'a'.repeat(40),
        DEMO: '0',
        SUPPRESSION_MIN_CELL: '5',
        PROJECTOR: 'external',
        RATE_LIMIT_PER_MINUTE: '100',
      },
    });

    expect(sut).toMatchObject({
      port: 0,
      demo: false,
      suppressionMinCell: 5,
      projector: 'external',
      rateLimitPerMinute: 100,
    });
    expect(sut.isEmbedded).toBe(false);
  });

  it('names every bad setting in one message', () => {
    const message = problemsOf({ PORT: 'eighty', EVENT_STORE: 'mongo', SUPPRESSION_MIN_CELL: '3', DEMO: 'maybe' });

    expect(message).toContain('PORT must be a whole number (got "eighty")');
    expect(message).toContain('EVENT_STORE must be one of sqlite, postgres, kurrentdb (got "mongo")');
    expect(message).toContain('SUPPRESSION_MIN_CELL must be at least 5');
    expect(message).toContain('DEMO must be 1 or 0 (got "maybe")');
  });

  it('requires DATABASE_URL when a store is on PostgreSQL', () => {
    expect(problemsOf({ READ_STORE: 'postgres' })).toContain('DATABASE_URL is required when READ_STORE is postgres');
  });

  it('requires KURRENTDB_URL when events go to KurrentDB', () => {
    expect(
      problemsOf({ EVENT_STORE: 'kurrentdb', READ_STORE: 'postgres', DATABASE_URL: 'postgres://x@h/d' }),
    ).toContain('KURRENTDB_URL is required when EVENT_STORE is kurrentdb');
  });

  it('rejects an admin token too short to be safe', () => {
    expect(problemsOf({ ADMIN_TOKEN: 'secret' })).toContain('ADMIN_TOKEN must be at least 32 characters');
  });

  it('never repeats the admin token it rejects, only its length', () => {
    const message = problemsOf({ ADMIN_TOKEN: 'hunter2-secret' });

    expect(message).not.toContain('hunter2-secret');
    expect(message).toContain('(got 14 characters)');
  });

  it('repeats a rejected connection string with its password masked', () => {
    const message = problemsOf({ DATABASE_URL: 'mysql://outcome:p4ssw0rd@db.example.org/outcome' });

    expect(message).not.toContain('p4ssw0rd');
    expect(message).toContain('(got "mysql://outcome:***@db.example.org/outcome")');
  });

  it('masks a password given as a parameter of a rejected connection string', () => {
    const message = problemsOf({
      EVENT_STORE: 'kurrentdb',
      KURRENTDB_URL: 'http://db:2113?user=admin&password=changeit',
    });

    expect(message).not.toContain('changeit');
    expect(message).toContain('(got "http://db:2113?user=admin&password=***")');
  });
});
