import { getLocale, getTranslations } from 'next-intl/server';
import {
  CardTable,
  CardTableBody,
  CardTableHead,
  CardTableRow,
  Cell,
  ColumnHeader,
  RowHeader,
} from '@/components/ui/card-table';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { SpecialHoursBatchView } from '@/lib/publishing/holiday-hours/batches';
import { undoHolidayHoursAction } from '../_actions/holiday-hours-actions';
import { hoursText, periodText } from './describe-choice';
import { UndoButton } from './undo-button';

// The recent batches, newest first, each with its choice, counts, who applied it and when, and
// "Rückgängig machen" while it is in force.

type Props = {
  slug: string;
  batches: { items: SpecialHoursBatchView[]; page: number; pageCount: number };
  /** Locations of the batch just applied, for the confirmation; null when none was. */
  appliedCount: number | null;
  /** What the batch just undone removed and restored, for the confirmation; null when none was. */
  undone: { removed: number; restored: number } | null;
  hrefForPage: (page: number) => string;
};

export async function BatchList(props: Props) {
  const t = await getTranslations('holidayHours');
  return (
    <section aria-labelledby="batches-heading" id="batches" className="mt-10 scroll-mt-4">
      <h2 id="batches-heading" className="text-lg font-semibold text-slate-900">
        {t('batchesHeading')}
      </h2>
      <p className="mt-1 mb-4 max-w-prose text-sm text-slate-600">{t('undoRule')}</p>
      {props.appliedCount !== null && (
        <p role="status" className="mb-4 rounded-lg bg-emerald-50 p-3 text-sm font-medium text-emerald-900">
          {t('applied', { count: props.appliedCount })}
        </p>
      )}
      {props.undone && (
        <p role="status" className="mb-4 rounded-lg bg-emerald-50 p-3 text-sm font-medium text-emerald-900">
          {t('undone', props.undone)}
        </p>
      )}
      <BatchTable {...props} />
    </section>
  );
}

async function BatchTable({ slug, batches, hrefForPage }: Props) {
  const t = await getTranslations('holidayHours');
  if (batches.items.length === 0) {
    return <EmptyState title={t('batchesEmptyTitle')} text={t('batchesEmptyText')} />;
  }
  return (
    <>
      <Card>
        <CardTable inCard className="w-full text-sm">
          <caption className="sr-only">{t('batchesCaption')}</caption>
          <CardTableHead>
            <CardTableRow className="border-b border-slate-200 text-left text-slate-600">
              {(['period', 'hours', 'locations', 'by', 'state'] as const).map((column) => (
                <ColumnHeader key={column} className="py-2 pr-4 text-left font-medium">
                  {t(`batchColumns.${column}`)}
                </ColumnHeader>
              ))}
            </CardTableRow>
          </CardTableHead>
          <CardTableBody>
            {batches.items.map((batch) => (
              <BatchRow key={batch.id} slug={slug} batch={batch} />
            ))}
          </CardTableBody>
        </CardTable>
      </Card>
      <Pagination page={batches.page} pageCount={batches.pageCount} hrefFor={hrefForPage} />
    </>
  );
}

/** One batch: its period, hours, locations and counts, who applied it, and undo or when it was undone. */
async function BatchRow({ slug, batch }: { slug: string; batch: SpecialHoursBatchView }) {
  const t = await getTranslations('holidayHours');
  const format = await getAppFormatter();
  const locale = await getLocale();
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const period = periodText(t, format, locale, batch);
  const cell = 'sm:py-3 sm:pr-4 sm:align-top';
  return (
    <CardTableRow>
      <RowHeader className={`text-left font-medium ${cell}`}>{period}</RowHeader>
      <Cell label={t('batchColumns.hours')} className={cell}>
        {hoursText(t, batch)}
        {batch.note && <span className="block text-slate-600">„{batch.note}“</span>}
      </Cell>
      <Cell label={t('batchColumns.locations')} className={cell}>
        {t(`batchScope.${batch.scope}`, { value: batch.scopeValue ?? '' })}
        <span className="block text-sm text-slate-600">
          {t('batchCounts', {
            count: batch.locationCount,
            replaced: batch.replacedCount,
            skipped: batch.skippedCount,
          })}
        </span>
      </Cell>
      <Cell label={t('batchColumns.by')} className={cell}>
        {t('batchBy', { by: batch.createdBy ?? t('deletedAccount'), date: when(batch.createdAt) })}
      </Cell>
      <Cell label={t('batchColumns.state')} className={cell}>
        {batch.undoneAt ? (
          <span className="text-slate-700">
            {t('undoneState', { date: when(batch.undoneAt), by: batch.undoneBy ?? t('deletedAccount') })}
          </span>
        ) : (
          <UndoButton
            action={undoHolidayHoursAction.bind(null, slug, batch.id)}
            label={t('undoLabel', { period })}
          />
        )}
      </Cell>
    </CardTableRow>
  );
}
