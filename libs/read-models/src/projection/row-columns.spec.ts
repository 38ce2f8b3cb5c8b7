import type { RowTable } from './row-table';
import { decodeRow, encodeRow, keyColumns, rowColumns } from './row-columns';

interface SampleRow {
  readonly participantId: string;
  readonly waveCount: number;
  readonly improved: boolean;
  readonly scores: readonly number[];
  readonly note: string | null;
}

const table: RowTable<SampleRow> = {
  name: 'sample',
  columns: {
    participantId: { type: 'text', key: true },
    waveCount: { type: 'integer' },
    improved: { type: 'boolean' },
    scores: { type: 'json' },
    note: { type: 'text', nullable: true },
  },
};

describe(rowColumns.name, () => {
  it('names each column after its field in snake_case', () => {
    expect(rowColumns(table).map((column) => column.column)).toEqual([
      'participant_id',
      'wave_count',
      'improved',
      'scores',
      'note',
    ]);
  });
});

describe(keyColumns.name, () => {
  it('rejects a table without a key column', () => {
    const keyless: RowTable<{ readonly club: string }> = { name: 'keyless', columns: { club: { type: 'text' } } };

    expect(() => keyColumns(keyless)).toThrow('declares no key column');
  });
});

describe(decodeRow.name, () => {
  const columns = rowColumns(table);
  const row: SampleRow = { participantId: 'p-1', waveCount: 2, improved: true, scores: [3.5, 2], note: null };

  it('gives back the row it encoded', () => {
    expect(decodeRow(columns, encodeRow(columns, row))).toEqual(row);
  });

  it("reads SQLite's 0 and 1 as booleans", () => {
    expect(decodeRow<SampleRow>(columns, { ...encodeRow(columns, row), improved: 0 }).improved).toBe(false);
  });

  it('stores JSON fields as text', () => {
    expect(encodeRow(columns, row)).toMatchObject({ scores: '[3.5,2]' });
  });
});
