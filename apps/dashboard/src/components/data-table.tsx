import type { ReactNode } from 'react';

export interface DataTableProps {
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly ReactNode[])[];
  /** Row keys, so that re-rendering keeps each row's place. */
  readonly keys?: readonly string[];
}

/** A plain table with a caption and column headers: the numbers behind a chart, readable by everyone. */
export function DataTable({ caption, header, rows, keys }: DataTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header.map((title) => (
              <th key={title} scope="col">
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={keys?.[rowIndex] ?? rowIndex}>
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th key={cellIndex} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
