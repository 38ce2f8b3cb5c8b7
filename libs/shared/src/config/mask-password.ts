/** `scheme://user:password@`: the password runs to the last `@` of the word, as an unescaped `@` in it would. */
const PASSWORD_IN_USER_INFO = /([a-z][a-z\d+.-]*:\/\/[^\s:@/?#]*:)\S*@/gi;
/** `password=…` as a URL parameter or a libpq keyword. */
const PASSWORD_PARAMETER = /(\bpassword=)[^&\s]*/gi;

/**
 * A connection string, or a message quoting one, as it may appear in a message or a log: any
 * password replaced by `***`, the rest (scheme, user, host, port, database) kept so that the
 * operator sees which one it was.
 */
export function maskPassword(connectionString: string): string {
  return connectionString.replace(PASSWORD_IN_USER_INFO, '$1***@').replace(PASSWORD_PARAMETER, '$1***');
}
