import { maskPassword } from './mask-password';

describe(maskPassword.name, () => {
  it.each([
    ['postgres://postgres:s3cret@127.0.0.1:5432/outcome', 'postgres://postgres:***@127.0.0.1:5432/outcome'],
    ['kurrentdb://admin:changeit@db:2113?tls=false', 'kurrentdb://admin:***@db:2113?tls=false'],
    ['postgres://app:p@ss:w/rd@db/outcome', 'postgres://app:***@db/outcome'],
    [
      'postgres://db/outcome?user=app&password=s3cret&sslmode=require',
      'postgres://db/outcome?user=app&password=***&sslmode=require',
    ],
    ['host=db user=app password=s3cret dbname=outcome', 'host=db user=app password=*** dbname=outcome'],
  ])('masks the password of %s', (connectionString, masked) => {
    expect(maskPassword(connectionString)).toBe(masked);
  });

  it('leaves a connection string without a password as it is', () => {
    expect(maskPassword('postgres://postgres@127.0.0.1:5432/outcome')).toBe(
      'postgres://postgres@127.0.0.1:5432/outcome',
    );
  });
});
