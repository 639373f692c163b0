import type { ReactNode } from 'react';
import {
  Cell,
  CardTable,
  CardTableBody,
  CardTableHead,
  CardTableRow,
  ColumnHeader,
  RowHeader,
} from '@/components/ui/card-table';

// The table behind a benchmark figure: column headers, one row per entry with the entry's name as
// the row header, numbers right-aligned. Used as every chart's table alternative and for plain
// figure tables, so they all read the same to screen readers and look the same. On a phone each
// row is a card: the entry's name, then each figure with its column's name.

export type FigureColumn = {
  /** Text: on a phone it labels the column's value in each card. */
  header: string;
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
    <CardTable inCard className="figure-table w-full text-left text-sm" aria-label={label}>
      {/* On a phone the first column's name stays in sight above the rows: what they are. */}
      <CardTableHead className="max-sm:not-sr-only max-sm:mb-2">
        <CardTableRow className="text-slate-600">
          {columns.map((column, index) => (
            <ColumnHeader
              key={index}
              className={cellClass(
                column,
                index === 0
                  ? 'font-medium max-sm:font-semibold max-sm:text-slate-700'
                  : 'font-medium max-sm:sr-only',
              )}
            >
              {column.header}
            </ColumnHeader>
          ))}
        </CardTableRow>
      </CardTableHead>
      <CardTableBody>
        {rows.map(({ key, cells: [header, ...values] }) => (
          <CardTableRow key={key}>
            <RowHeader className={cellClass(columns[0], 'sm:font-normal')}>{header}</RowHeader>
            {values.map((value, index) => (
              <Cell key={index} label={columns[index + 1]?.header} className={cellClass(columns[index + 1])}>
                {value}
              </Cell>
            ))}
          </CardTableRow>
        ))}
      </CardTableBody>
    </CardTable>
  );
}
