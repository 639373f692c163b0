'use client';

import { useMemo, useState, type RefObject } from 'react';
import type { ImportOutcome, ImportRowResult } from '@/lib/locations/csv/import-locations';

// The import's rows 50 at a time, filtered by outcome: the report holds all rows compactly
// (lib/locations/csv/import-row-values.ts), so paging and filtering happen here without sending
// the file again.

export const rowsPerPage = 50;

export type RowFilter = 'all' | ImportOutcome | 'warnings';
const outcomes: ImportOutcome[] = ['create', 'update', 'unchanged', 'reject'];

const matches = (filter: RowFilter, row: ImportRowResult) =>
  filter === 'all' || (filter === 'warnings' ? row.warnings.length > 0 : row.outcome === filter);

function countRows(rows: ImportRowResult[]) {
  const byFilter: Record<RowFilter, number> = {
    all: rows.length,
    create: 0,
    update: 0,
    unchanged: 0,
    reject: 0,
    warnings: 0,
  };
  for (const row of rows) {
    byFilter[row.outcome]++;
    if (row.warnings.length > 0) byFilter.warnings++;
  }
  return byFilter;
}

/** The filter, the page and the rows on it; sectionRef is what a page turn scrolls back to. */
export function useRowPages(rows: ImportRowResult[], sectionRef: RefObject<HTMLElement | null>) {
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(0);
  const counts = useMemo(() => countRows(rows), [rows]);
  const shown = useMemo(() => rows.filter((row) => matches(filter, row)), [rows, filter]);

  const pageCount = Math.max(1, Math.ceil(shown.length / rowsPerPage));
  const current = Math.min(page, pageCount - 1);
  const pageRows = shown.slice(current * rowsPerPage, (current + 1) * rowsPerPage);
  // Filters with no rows are left out; "all" always stays.
  const filters = (['all', ...outcomes, 'warnings'] as const).filter(
    (option) => option === 'all' || counts[option] > 0,
  );

  function chooseFilter(next: RowFilter) {
    setFilter(next);
    setPage(0);
  }

  function turnTo(next: number) {
    if (next < 0 || next >= pageCount) return;
    setPage(next);
    // The pager is below the rows: bring the new page's first row into view.
    const top = sectionRef.current?.getBoundingClientRect().top ?? 0;
    if (top < 0) sectionRef.current?.scrollIntoView({ block: 'start' });
  }

  return { filter, filters, counts, chooseFilter, shown, pageCount, current, pageRows, turnTo };
}
