import { existsSync } from 'node:fs';
import { generateKeyEncryptionKey, KeyWrappingSubjectKeyStore, type RewriteProgress } from '@outcome/event-store';
import { type AppConfig, UnusableSettingError } from '@outcome/shared';
import { keyEncryptionKeysOf, readKeyEncryptionKeyFile, writeKeyEncryptionKeyFile } from './key-encryption-key-source';
import { openStoredSubjectKeys } from './open-platform-stores';

export interface KeyEncryptionKeyRotation {
  /** How many participant keys were rewrapped; 0 when they were wrapped by the new key already. */
  readonly rewrapped: number;
  /** Whether the new key was made by this rotation (kept in the file given) or read from that file. */
  readonly made: boolean;
  /** The keys were wrapped by the new key already (a rotation run again): nothing was written. */
  readonly already: boolean;
}

/**
 * Rewraps every participant key from the configured key-encryption key (read as the server reads
 * it) to the one kept in `newKeyFile`, or to a new one kept there (0600) when the file does not
 * exist. The rewrap is the server's rotation on start, in its one transaction: a store is wrapped
 * by one key or the other, never half by each, since a wrapped key does not say which key wraps it.
 * A store wrapped by neither key is refused before anything is written, the new key's file
 * included; one wrapped by the new key already is left as it is (a rotation run again). Every api
 * and projector of these stores must be stopped: they hold the keys as the old key unwraps them.
 * @throws UnusableSettingError naming the setting to change when nothing can be rewrapped.
 */
export async function rotateKeyEncryptionKey(
  config: AppConfig,
  newKeyFile: string,
  onProgress?: RewriteProgress,
): Promise<KeyEncryptionKeyRotation> {
  const { current, previous } = keyEncryptionKeysOf(config);
  if (previous) {
    throw new UnusableSettingError(
      'KEY_ENCRYPTION_KEY_PREVIOUS',
      'KEY_ENCRYPTION_KEY_PREVIOUS is set: a rotation on start is under way. Start the api once to finish it, or unset KEY_ENCRYPTION_KEY_PREVIOUS, then rotate',
    );
  }
  const made = !existsSync(newKeyFile);
  const next = made ? generateKeyEncryptionKey() : readKeyEncryptionKeyFile(newKeyFile);
  if (next.equals(current)) {
    throw new UnusableSettingError(
      'KEY_ENCRYPTION_KEY',
      `${newKeyFile} holds the key-encryption key in use: name a new file (one is made there) or one with another key`,
    );
  }
  const stored = await openStoredSubjectKeys(config);
  try {
    const byCurrent = await KeyWrappingSubjectKeyStore.isWrappedBy(stored.store, current);
    if (!byCurrent && !(await KeyWrappingSubjectKeyStore.isWrappedBy(stored.store, next))) {
      throw new UnusableSettingError(
        'KEY_ENCRYPTION_KEY',
        'Nothing was rewrapped: the current key-encryption key (KEY_ENCRYPTION_KEY, KEY_ENCRYPTION_KEY_FILE, or the one made in the configuration folder) does not open these participant keys, or no api has wrapped them yet. Give the key they are wrapped with',
      );
    }
    // The new key is on disk before any participant key depends on it.
    if (made) writeKeyEncryptionKeyFile(newKeyFile, next);
    const { opening } = await KeyWrappingSubjectKeyStore.open(stored.store, next, current, onProgress);
    return { rewrapped: opening.outcome === 'opened' ? 0 : opening.keys, made, already: !byCurrent };
  } finally {
    await stored.close();
  }
}
