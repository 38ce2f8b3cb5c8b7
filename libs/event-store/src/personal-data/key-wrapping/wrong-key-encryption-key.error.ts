/** The key-encryption key given does not wrap the keys of this key store. */
export class WrongKeyEncryptionKeyError extends Error {
  readonly code = 'personal-data.wrong-key-encryption-key';
  constructor() {
    super(
      'The key-encryption key does not open this key store: its participant keys were wrapped with another one. Give the one they were wrapped with (KEY_ENCRYPTION_KEY or KEY_ENCRYPTION_KEY_FILE), or, to rotate, the old one as KEY_ENCRYPTION_KEY_PREVIOUS',
    );
    this.name = 'WrongKeyEncryptionKeyError';
  }
}
