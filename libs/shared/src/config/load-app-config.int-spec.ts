import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { loadAppConfig } from './load-app-config';

describe(`${loadAppConfig.name} with env files`, () => {
  let folder: TemporaryDirectory;
  beforeEach(() => (folder = createTemporaryDirectory()));
  afterEach(() => folder.remove());

  it('lets the environment win over files, and earlier files over later ones', () => {
    const dotEnv = join(folder.path, '.env');
    const modeFile = join(folder.path, 'embedded.env');
    writeFileSync(dotEnv, 'PORT=4000\nHOST=0.0.0.0\n');
    writeFileSync(modeFile, 'PORT=5000\nHOST=127.0.0.2\nRATE_LIMIT_PER_MINUTE=10\n');

    const sut = loadAppConfig({ env: { HOST: '::1' }, files: [dotEnv, modeFile] });

    expect(sut).toMatchObject({ port: 4000, host: '::1', rateLimitPerMinute: 10 });
  });

  it('skips a file that does not exist', () => {
    expect(loadAppConfig({ env: {}, files: [join(folder.path, 'missing.env')] }).port).toBe(3000);
  });

  it('reads the file named by CONFIG_FILE when no files are given', () => {
    const modeFile = join(folder.path, 'clustered.env');
    writeFileSync(modeFile, 'PORT=7000\nPROJECTOR=external\n');

    const sut = loadAppConfig({ env: { CONFIG_FILE: modeFile } });

    expect(sut).toMatchObject({ port: 7000, projector: 'external' });
  });
});
