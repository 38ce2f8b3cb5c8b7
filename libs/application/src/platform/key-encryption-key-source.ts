import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { generateKeyEncryptionKey, KEY_ENCRYPTION_KEY_BYTES } from '@outcome/event-store';
import { type AppConfig, UnusableSettingError } from '@outcome/shared';

export interface KeyEncryptionKeys {
  /** The key the participants' keys are (to be) wrapped with. */
  readonly current: Buffer;
  /** While rotating: the key they were wrapped with until now. */
  readonly previous?: Buffer;
  /** The file of a key made on this start (no key was configured): to be announced, and backed up apart. */
  readonly madeIn?: string;
}

const WRITTEN_KEY = /^([A-Za-z0-9+/]{43}=|[0-9a-fA-F]{64})$/;

/**
 * The key-encryption key: KEY_ENCRYPTION_KEY, or the file KEY_ENCRYPTION_KEY_FILE names; without
 * either, one kept in this user's configuration folder for these stores (made on first start), never
 * in the data folder, so that a copy of the data alone opens nobody's personal data.
 */
export function keyEncryptionKeysOf(
  config: AppConfig,
  configHome = config.configHome || join(homedir(), '.config'),
): KeyEncryptionKeys {
  const previous = config.keyEncryptionKeyPrevious ? parseKey(config.keyEncryptionKeyPrevious) : undefined;
  if (config.keyEncryptionKey) return { current: parseKey(config.keyEncryptionKey), previous };
  if (config.keyEncryptionKeyFile) return { current: readKeyEncryptionKeyFile(config.keyEncryptionKeyFile), previous };
  const file = join(configHome, 'outcome-ledger', 'key-encryption-keys', `${storesIdOf(config)}.key`);
  if (existsSync(file)) return { current: readKeyEncryptionKeyFile(file), previous };
  const made = generateKeyEncryptionKey();
  try {
    writeKeyEncryptionKeyFile(file, made);
  } catch (error) {
    throw new UnusableSettingError(
      'KEY_ENCRYPTION_KEY',
      `No KEY_ENCRYPTION_KEY is set, and none could be kept in ${file} (${String(error)}): set KEY_ENCRYPTION_KEY or KEY_ENCRYPTION_KEY_FILE`,
      { cause: error },
    );
  }
  return { current: made, previous, madeIn: file };
}

/** Which stores the keys are for: the data folder's full path, or the database the keys live in. */
function storesIdOf(config: AppConfig): string {
  const keysInPostgres =
    config.eventStore === 'postgres' || (config.eventStore === 'kurrentdb' && config.readStore === 'postgres');
  const place = keysInPostgres ? `db:${config.databaseUrl}` : `sqlite:${resolve(config.dataDir)}`;
  return createHash('sha256').update(place).digest('hex').slice(0, 32);
}

function parseKey(written: string): Buffer {
  const text = written.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (!WRITTEN_KEY.test(text) || key.length !== KEY_ENCRYPTION_KEY_BYTES) {
    throw new Error('must be 32 bytes written as base64 (44 characters) or hex (64 characters)');
  }
  return key;
}

/**
 * Keeps a key-encryption key in a new file that only this user can read (0600, its folder 0700),
 * synced to disk before it is used: keys wrapped by it must not outlive it.
 * @throws when the file exists already or cannot be written.
 */
export function writeKeyEncryptionKeyFile(file: string, key: Buffer): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const descriptor = openSync(file, 'wx', 0o600);
  try {
    writeSync(descriptor, `${key.toString('base64')}\n`);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * The key-encryption key kept in a file, as KEY_ENCRYPTION_KEY_FILE names it.
 * @throws UnusableSettingError naming KEY_ENCRYPTION_KEY_FILE when it cannot be read or holds no key.
 */
export function readKeyEncryptionKeyFile(file: string): Buffer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UnusableSettingError(
      'KEY_ENCRYPTION_KEY_FILE',
      `Cannot read the key-encryption key: ${file} ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  try {
    return parseKey(text);
  } catch {
    throw new UnusableSettingError(
      'KEY_ENCRYPTION_KEY_FILE',
      `The key-encryption key in ${file} must be 32 bytes written as base64 (44 characters) or hex (64 characters)`,
    );
  }
}
