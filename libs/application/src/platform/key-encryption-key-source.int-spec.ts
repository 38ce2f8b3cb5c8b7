import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAppConfig } from '@outcome/shared';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { keyEncryptionKeysOf } from './key-encryption-key-source';

describe(keyEncryptionKeysOf.name, () => {
  let folder: TemporaryDirectory;
  const configOf = (env: Record<string, string>) =>
    loadAppConfig({ env: { DATA_DIR: join(folder.path, 'data'), ...env }, files: [] });

  beforeEach(() => (folder = createTemporaryDirectory('outcome-ledger-kek-source-')));
  afterEach(() => folder.remove());

  it('reads KEY_ENCRYPTION_KEY as base64 or hex, and the previous one while rotating', () => {
    const key = Buffer.alloc(32, 3);
    const previous = Buffer.alloc(32, 4);

    expect(keyEncryptionKeysOf(configOf({ KEY_ENCRYPTION_KEY: key.toString('base64') }), folder.path)).toEqual({
      current: key,
      previous: undefined,
    });
    expect(
      keyEncryptionKeysOf(
        configOf({ KEY_ENCRYPTION_KEY: key.toString('hex'), KEY_ENCRYPTION_KEY_PREVIOUS: previous.toString('base64') }),
        folder.path,
      ),
    ).toEqual({ current: key, previous });
  });

  it('reads the file KEY_ENCRYPTION_KEY_FILE names, and refuses one that holds no key', () => {
    const file = join(folder.path, 'kek');
    writeFileSync(file, `${Buffer.alloc(32, 5).toString('base64')}\n`);
    expect(keyEncryptionKeysOf(configOf({ KEY_ENCRYPTION_KEY_FILE: file }), folder.path).current).toEqual(
      Buffer.alloc(32, 5),
    );

    writeFileSync(file, 'not a key');
    expect(() => keyEncryptionKeysOf(configOf({ KEY_ENCRYPTION_KEY_FILE: file }), folder.path)).toThrow(
      `The key-encryption key in ${file} must be 32 bytes`,
    );
  });

  it('makes one on first start in the configuration folder, readable by this user only, and keeps it', () => {
    const home = join(folder.path, 'home');
    const first = keyEncryptionKeysOf(configOf({}), home);
    const again = keyEncryptionKeysOf(configOf({}), home);

    expect(first.madeIn).toMatch(new RegExp(`^${home}/outcome-ledger/key-encryption-keys/[0-9a-f]{32}\\.key$`));
    expect(statSync(first.madeIn!).mode & 0o777).toBe(0o600);
    expect(readFileSync(first.madeIn!, 'utf8').trim()).toBe(first.current.toString('base64'));
    expect(again).toEqual({ current: first.current, previous: undefined });
  });

  it('keeps one key per data folder', () => {
    const home = join(folder.path, 'home');
    const one = keyEncryptionKeysOf(configOf({}), home);
    const other = keyEncryptionKeysOf(
      loadAppConfig({ env: { DATA_DIR: join(folder.path, 'other') }, files: [] }),
      home,
    );

    expect(other.current).not.toEqual(one.current);
  });

  it('refuses a KEY_ENCRYPTION_KEY that is not 32 bytes, without echoing it', () => {
    expect(() => configOf({ KEY_ENCRYPTION_KEY: 'secret-but-short' })).toThrow(
      'KEY_ENCRYPTION_KEY must be 32 bytes written as base64 (44 characters) or hex (64 characters) (got 16 characters)',
    );
  });
});
