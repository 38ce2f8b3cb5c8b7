import { rowColumns } from './row-columns';
import { anyFilterCondition, filterCondition } from './row-filter';
import type { RowTable } from './row-table';

interface SampleRow {
  readonly projectId: string;
  readonly wave: number;
  readonly note: string | null;
}

const columns = rowColumns({
  name: 'sample',
  columns: {
    projectId: { type: 'text', key: true },
    wave: { type: 'integer', key: true },
    note: { type: 'text', nullable: true },
  },
} satisfies RowTable<SampleRow>);
const escape = (name: string) => `"${name}"`;

describe(filterCondition.name, () => {
  it('compares each given field with a named parameter', () => {
    expect(filterCondition(columns, { projectId: 'p', wave: 1 }, escape, 'q')).toEqual({
      sql: '"project_id" = :q_0 AND "wave" = :q_1',
      parameters: { q_0: 'p', q_1: 1 },
    });
  });

  it('matches any value of an array, and no row for an empty one', () => {
    expect(filterCondition(columns, { wave: [1, 2] }, escape, 'q').sql).toBe('"wave" IN (:...q_0)');
    expect(filterCondition(columns, { wave: [] }, escape, 'q').sql).toBe('1 = 0');
  });

  it('matches null with IS NULL', () => {
    expect(filterCondition(columns, { note: null }, escape, 'q')).toEqual({ sql: '"note" IS NULL', parameters: {} });
  });

  it('matches every row for an empty filter', () => {
    expect(filterCondition(columns, {}, escape, 'q').sql).toBe('1 = 1');
  });
});

describe(anyFilterCondition.name, () => {
  it('joins the filters with OR, keeping their parameters apart', () => {
    expect(anyFilterCondition(columns, [{ wave: 1 }, { wave: 2 }], escape)).toEqual({
      sql: '("wave" = :f0_0) OR ("wave" = :f1_0)',
      parameters: { f0_0: 1, f1_0: 2 },
    });
  });
});
