import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { checkEventExport, ExportRefusedError } from './check-event-export';
import { ManifestTally } from './export-manifest';
import { manifestFileOf } from './write-event-export';

const LINES = [1, 2, 3, 4].map((position) =>
  JSON.stringify({
    position: String(position),
    stream: 's',
    type: position === 1 ? 'Started' : 'Moved',
    version: position - 1,
  }),
);

describe(checkEventExport.name, () => {
  let folder: TemporaryDirectory;
  let file: string;
  beforeEach(() => {
    folder = createTemporaryDirectory('outcome-ledger-export-check-');
    file = join(folder.path, 'events.ndjson');
    const tally = new ManifestTally();
    LINES.forEach((line, i) => tally.add({ position: String(i + 1), type: i === 0 ? 'Started' : 'Moved' }, line));
    const manifest = tally.manifest({ all: true }, { kind: 'sqlite', location: 'x', firstEventId: null }, new Date(0));
    writeFileSync(manifestFileOf(file), JSON.stringify(manifest));
  });
  afterEach(() => folder.remove());

  const refusal = async () => {
    try {
      await checkEventExport(file);
    } catch (error) {
      if (error instanceof ExportRefusedError) return { message: error.message, line: error.line };
      throw error;
    }
    throw new Error('the export was not refused');
  };

  it('accepts the file as written, and answers its manifest', async () => {
    writeFileSync(file, `${LINES.join('\n')}\n`);

    const manifest = await checkEventExport(file);

    expect(manifest).toMatchObject({
      count: 4,
      firstPosition: '1',
      lastPosition: '4',
      countsByType: { Moved: 3, Started: 1 },
    });
  });

  it('refuses one changed byte, naming its line', async () => {
    writeFileSync(file, `${[LINES[0], LINES[1], LINES[2]!.replace('Moved', 'Moves'), LINES[3]].join('\n')}\n`);

    expect(await refusal()).toEqual({ line: 3, message: expect.stringContaining('line 3 was changed') });
  });

  it('refuses a removed line and an added one', async () => {
    writeFileSync(file, `${LINES.slice(0, 3).join('\n')}\n`);
    expect(await refusal()).toMatchObject({ message: expect.stringContaining('lines were removed') });

    writeFileSync(file, `${[...LINES, LINES[3]].join('\n')}\n`);
    expect(await refusal()).toEqual({ line: 5, message: expect.stringContaining('line 5 was added') });
  });

  it('refuses line breaks changed to CRLF by the file SHA-256, though every line still matches', async () => {
    writeFileSync(file, `${LINES.join('\r\n')}\r\n`);

    expect(await refusal()).toMatchObject({ message: expect.stringContaining('SHA-256') });
  });
});
