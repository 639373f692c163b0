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

function cellClass(column: FigureColumn | undefined, last: boolean, extra: string) {
  return [
    'py-1',
    last ? '' : 'pr-3',
    column?.numeric ? 'text-right tabular-nums' : '',
    column?.nowrap ? 'whitespace-nowrap' : '',
    extra,
  ]
    .filter(Boolean)
    .join(' ');
}

export function FigureTable({ label, columns, rows }: Props) {
  const lastIndex = columns.length - 1;
  return (
    <table className="w-full text-left text-sm" aria-label={label}>
      <thead>
        <tr className="text-slate-600">
          {columns.map((column, index) => (
            <th key={index} scope="col" className={cellClass(column, index === lastIndex, 'font-medium')}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [header, ...values] }) => (
          <tr key={key} className="border-t border-slate-100">
            <th scope="row" className={cellClass(columns[0], lastIndex === 0, 'font-normal')}>
              {header}
            </th>
            {values.map((value, index) => (
              <td key={index} className={cellClass(columns[index + 1], index + 1 === lastIndex, '')}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
