import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ListingStatusBadge } from '@/components/listings/listing-status-badge';
import {
  Cell,
  CardTable,
  CardTableBody,
  CardTableHead,
  CardTableRow,
  ColumnHeader,
} from '@/components/ui/card-table';
import { targetFieldName } from '@/lib/listings/bulk-status-form';
import type { MatrixRow } from '@/lib/listings/matrix';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

type Translator = Awaited<ReturnType<typeof getTranslations<'listings'>>>;
type Formatter = Awaited<ReturnType<typeof getAppFormatter>>;

/** The page's rows in runs of one location each (the query keeps a location's rows together). */
function byLocation(rows: MatrixRow[]) {
  const groups: MatrixRow[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last?.[0]?.locationId === row.locationId) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

/**
 * The page of checklist items; with `selectable`, a checkbox per row for the bulk change. Each
 * location's rows are a row group: on a phone one card with the location as its title and a line
 * per platform (checkbox, name, status; differences and the last check where there are any).
 */
export async function MatrixTable({
  rows,
  slug,
  selectable,
}: {
  rows: MatrixRow[];
  slug: string;
  selectable: boolean;
}) {
  const t = await getTranslations('listings');
  const format = await getAppFormatter();
  return (
    <div className="sm:overflow-x-auto sm:rounded-xl sm:border sm:border-slate-200 sm:bg-white sm:shadow-sm">
      <CardTable className="w-full text-left text-sm">
        <caption className="sr-only">{t('matrix.tableCaption')}</caption>
        {/* On a phone only "select all" shows from the header row; the column names stay for screen readers. */}
        <MatrixHead selectable={selectable} t={t} />
        {byLocation(rows).map((group) => (
          <CardTableBody
            key={group[0]!.locationId}
            card
            className="sm:divide-y sm:divide-slate-100 sm:not-first-of-type:border-t-2 sm:not-first-of-type:border-slate-200"
          >
            {group.map((row, index) => (
              <MatrixRowView
                key={row.platformId}
                row={row}
                first={index === 0}
                slug={slug}
                selectable={selectable}
                t={t}
                format={format}
              />
            ))}
          </CardTableBody>
        ))}
      </CardTable>
    </div>
  );
}

/** Select all (a phone shows only that from the header) and the column names. */
function MatrixHead({ selectable, t }: { selectable: boolean; t: Translator }) {
  const header = 'px-4 py-3 font-semibold max-sm:sr-only';
  return (
    <CardTableHead className="bg-slate-50 text-slate-700 max-sm:not-sr-only max-sm:mb-3 max-sm:bg-transparent">
      <CardTableRow>
        {selectable && (
          <ColumnHeader className="px-4 py-3 max-sm:p-0 sm:w-12">
            <label className="flex min-h-6 items-center gap-3 max-sm:min-h-11 max-sm:font-medium">
              <input type="checkbox" data-select-all className="accent-brand-600 size-5 shrink-0" />
              <span className="sm:sr-only">{t('matrix.selectAll')}</span>
            </label>
          </ColumnHeader>
        )}
        <ColumnHeader className={header}>{t('matrix.location')}</ColumnHeader>
        <ColumnHeader className={header}>{t('matrix.platform')}</ColumnHeader>
        <ColumnHeader className={header}>{t('matrix.status')}</ColumnHeader>
        <ColumnHeader className={`${header} sm:max-md:hidden`}>{t('matrix.mismatches')}</ColumnHeader>
        <ColumnHeader className={header}>{t('matrix.lastChecked')}</ColumnHeader>
      </CardTableRow>
    </CardTableHead>
  );
}

type RowProps = {
  row: MatrixRow;
  /** The location's first row, which shows its name (a phone's card title). */
  first: boolean;
  slug: string;
  selectable: boolean;
  t: Translator;
  format: Formatter;
};

/** One location and platform: checkbox, location, platform, status, differences, last check. */
function MatrixRowView({ row, first, slug, selectable, t, format }: RowProps) {
  const label = t('matrix.selectRow', { location: row.locationName, platform: row.platformName });
  // On a phone a difference or the last check goes under the platform's name, lined up with it
  // past the checkbox; with nothing to say the cell is there for screen readers only.
  const shownDetail = `max-sm:basis-full max-sm:grid-cols-[8rem_minmax(0,1fr)] ${selectable ? 'max-sm:pl-9' : ''}`;
  const detail = (shown: boolean) => `sm:px-4 sm:py-2 ${shown ? shownDetail : 'max-sm:sr-only'}`;
  return (
    <CardTableRow className="hover:bg-slate-50 max-sm:flex max-sm:flex-wrap max-sm:items-center max-sm:gap-x-3">
      {selectable && (
        <Cell className="max-sm:shrink-0 sm:px-4 sm:py-2">
          <label className="flex size-6 items-center justify-center">
            <input
              type="checkbox"
              name={targetFieldName(row.locationId, row.platformId)}
              className="accent-brand-600 size-5"
            />
            <span className="sr-only">{label}</span>
          </label>
        </Cell>
      )}
      {/* The location's name is shown once (a phone's card title), and read out on every row. */}
      {first ? (
        <Cell className="wrap-anywhere max-sm:order-first max-sm:mb-1 max-sm:basis-full max-sm:border-b max-sm:border-slate-100 max-sm:pb-2 sm:px-4 sm:py-2 sm:align-top">
          <Link
            href={`/o/${slug}/locations/${row.locationId}/listings`}
            className="text-brand-800 font-semibold hover:underline max-sm:text-base"
          >
            {row.locationName}
          </Link>
          <span className="block text-slate-600">{row.locationCity}</span>
        </Cell>
      ) : (
        <Cell className="max-sm:sr-only sm:px-4 sm:py-2">
          <span className="sr-only">{row.locationName}</span>
        </Cell>
      )}
      <Cell className="text-slate-800 max-sm:min-w-0 max-sm:flex-1 max-sm:font-medium sm:px-4 sm:py-2">
        {row.platformName}
      </Cell>
      <Cell className="max-sm:shrink-0 sm:px-4 sm:py-2">
        <ListingStatusBadge status={row.status} />
      </Cell>
      <Cell
        label={t('matrix.mismatches')}
        className={`${detail(row.mismatchedFields.length > 0)} sm:max-md:hidden`}
      >
        {row.mismatchedFields.length > 0 ? (
          <span className="font-medium text-red-800">
            {row.mismatchedFields
              .map((field) => (t.has(`checklist.nap.${field}`) ? t(`checklist.nap.${field}`) : field))
              .join(', ')}
          </span>
        ) : (
          <span className="text-slate-500">{t('checklist.empty')}</span>
        )}
      </Cell>
      <Cell
        label={t('matrix.lastChecked')}
        className={`${detail(row.lastCheckedAt !== null)} text-slate-700 sm:whitespace-nowrap`}
      >
        {row.lastCheckedAt ? (
          <span>
            {format.dateTime(row.lastCheckedAt, { dateStyle: 'medium' })}
            {row.checkOverdue && (
              <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-amber-900">
                {t('matrix.overdue')}
              </span>
            )}
          </span>
        ) : (
          <span className="text-slate-500">{t('matrix.neverChecked')}</span>
        )}
      </Cell>
    </CardTableRow>
  );
}
