import type { ReactNode } from 'react';

// The table behind a benchmark figure: column headers, one row per entry with the entry's name as
// the row header, numbers right-aligned. Used as every chart's table alternative and for plain
// figure tables, so they all read the same to screen readers and look the same.

export type FigureColumn = {
  header: ReactNode;
  /** Right-aligned with tabular figures. */
  numeric?: boolean;
  /** Keeps the cells on one line (for short codes such as ISO weeks). */
  nowrap?: boolean;
};

export type FigureRow = {
  key: string;
  /** The cells in column order; the first is the row's header. */
  cells: [ReactNode, ...ReactNode[]];
};

type Props = {
  /** The table's accessible name. */
  label: string;
  columns: FigureColumn[];
  rows: FigureRow[];
};

/** Spacing and rules come from the table's `figure-table` class (app/globals.css). */
function cellClass(column: FigureColumn | undefined, extra = '') {
  return (
    [column?.numeric ? 'num' : '', column?.nowrap ? 'whitespace-nowrap' : '', extra]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

export function FigureTable({ label, columns, rows }: Props) {
  return (
    <table className="figure-table w-full text-left text-sm" aria-label={label}>
      <thead>
        <tr className="text-slate-600">
          {columns.map((column, index) => (
            <th key={index} scope="col" className={cellClass(column, 'font-medium')}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [header, ...values] }) => (
          <tr key={key}>
            <th scope="row" className={cellClass(columns[0], 'font-normal')}>
              {header}
            </th>
            {values.map((value, index) => (
              <td key={index} className={cellClass(columns[index + 1])}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
