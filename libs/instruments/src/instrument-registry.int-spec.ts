import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { INSTRUMENTS } from './instrument-registry';

describe('the instrument registry', () => {
  it('registers every instrument folder, so a new one cannot be forgotten', () => {
    const folders = readdirSync(__dirname, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .filter((entry) => readdirSync(join(__dirname, entry.name)).some((file) => file.endsWith('.instrument.ts')))
      .map((entry) => entry.name)
      .sort();

    expect(INSTRUMENTS.map((instrument) => instrument.id).sort()).toEqual(folders);
  });
});
