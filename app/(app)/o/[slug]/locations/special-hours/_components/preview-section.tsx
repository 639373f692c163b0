import { getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import {
  CardTable,
  CardTableBody,
  CardTableHead,
  CardTableRow,
  Cell,
  ColumnHeader,
  RowHeader,
} from '@/components/ui/card-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import type { FormState } from '@/lib/forms/form-state';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import { maxBatchLocations, previewPageSize } from '@/lib/publishing/holiday-hours/choices';
import type { HolidayHoursPreview } from '@/lib/publishing/holiday-hours/preview';
import type { HolidayHoursChoice } from '@/lib/publishing/holiday-hours/schemas';
import { ApplyForm } from './apply-form';
import { hoursText, periodText } from './describe-choice';

// The preview: what will be set, the counts over every chosen location, and one page of them
// (those with special hours in the period first), then the button that applies it.

type Props = {
  choice: HolidayHoursChoice;
  preview: HolidayHoursPreview;
  applyAction: (previous: FormState, formData: FormData) => Promise<FormState>;
  applyFields: [string, string][];
  hrefForPage: (page: number) => string;
};

export async function PreviewSection({ choice, preview, applyAction, applyFields, hrefForPage }: Props) {
  const t = await getTranslations('holidayHours');
  const format = await getAppFormatter();
  const locale = await getLocale();
  const period = periodText(t, format, locale, {
    ...choice,
    holidayRegion: choice.holiday?.region ?? null,
    holidayName: choice.holiday?.name ?? null,
  });
  return (
    <section aria-labelledby="preview-heading" className="mt-8 scroll-mt-4" id="preview">
      <h2 id="preview-heading" className="text-lg font-semibold text-slate-900">
        {t('previewHeading')}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t('previewNothingWritten')}</p>
      <p className="mt-3 font-medium text-slate-900">
        {t('willSet', { period, hours: hoursText(t, choice) })}
        {choice.note && (
          <span className="block text-slate-700">{t('willSetNote', { note: choice.note })}</span>
        )}
      </p>
      {preview.locations === 0 ? (
        <div className="mt-4">
          <EmptyState title={t('previewEmptyTitle')} text={t('previewEmptyText')} />
        </div>
      ) : (
        <>
          <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {(
              [
                ['locations', preview.locations],
                ['toSet', preview.toSet],
                ['toSkip', preview.toSkip],
                ['toReplace', preview.toReplace],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="rounded-lg border border-slate-200 bg-white p-3">
                <dt className="text-sm text-slate-700">{t(`summary.${key}`)}</dt>
                <dd className="text-2xl font-semibold text-slate-900 tabular-nums">{format.number(value)}</dd>
              </div>
            ))}
          </dl>
          {choice.onExisting === 'REPLACE' && preview.reachingBeyond > 0 && (
            <p className="mt-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
              {t('reachingBeyond', { count: preview.reachingBeyond })}
            </p>
          )}
          <PreviewTable preview={preview} hrefForPage={hrefForPage} />
          <div className="mt-6">
            {preview.overLimit ? (
              <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800">
                {t('overLimit', { count: preview.locations, max: maxBatchLocations })}
              </p>
            ) : preview.toSet === 0 ? (
              <p className="rounded-lg bg-slate-100 p-3 text-sm text-slate-800">{t('nothingToApply')}</p>
            ) : (
              <ApplyForm action={applyAction} fields={applyFields} count={preview.toSet} />
            )}
          </div>
        </>
      )}
    </section>
  );
}

/** One page of the chosen locations: what each has in the period and what happens there. */
async function PreviewTable({ preview, hrefForPage }: Pick<Props, 'preview' | 'hrefForPage'>) {
  const t = await getTranslations('holidayHours');
  const format = await getAppFormatter();
  const locale = await getLocale();
  const from = (preview.page - 1) * previewPageSize + 1;
  return (
    <Card className="mt-4">
      <p className="mb-2 text-sm text-slate-700">
        {t('previewPageNote', {
          from: format.number(from),
          to: format.number(from + preview.items.length - 1),
          total: format.number(preview.locations),
        })}
      </p>
      <CardTable inCard className="w-full text-sm">
        <caption className="sr-only">{t('previewCaption')}</caption>
        <CardTableHead>
          <CardTableRow className="border-b border-slate-200 text-left text-slate-600">
            <ColumnHeader className="py-2 pr-4 text-left font-medium">{t('columns.location')}</ColumnHeader>
            <ColumnHeader className="py-2 pr-4 text-left font-medium">{t('columns.city')}</ColumnHeader>
            <ColumnHeader className="py-2 pr-4 text-left font-medium">{t('columns.existing')}</ColumnHeader>
            <ColumnHeader className="py-2 pr-4 text-left font-medium">{t('columns.outcome')}</ColumnHeader>
          </CardTableRow>
        </CardTableHead>
        <CardTableBody>
          {preview.items.map((item) => (
            <CardTableRow key={item.id}>
              <RowHeader className="text-left font-medium sm:py-3 sm:pr-4 sm:align-top">
                {item.name} <span className="font-normal text-slate-600">({item.storeCode})</span>
              </RowHeader>
              <Cell label={t('columns.city')} className="sm:py-3 sm:pr-4 sm:align-top">
                {item.city}
              </Cell>
              <Cell label={t('columns.existing')} className="sm:py-3 sm:pr-4 sm:align-top">
                {item.existing.length === 0
                  ? t('noneExisting')
                  : item.existing
                      .map(
                        (entry) =>
                          `${periodText(t, format, locale, { ...entry, holidayRegion: null, holidayName: null })}: ${hoursText(t, entry)}${entry.note ? ` („${entry.note}“)` : ''}`,
                      )
                      .join('; ')}
              </Cell>
              <Cell label={t('columns.outcome')} className="sm:py-3 sm:pr-4 sm:align-top">
                <span
                  className={
                    item.outcome === 'skip'
                      ? 'text-slate-700'
                      : item.outcome === 'replace'
                        ? 'font-medium text-amber-900'
                        : 'font-medium text-emerald-800'
                  }
                >
                  {t(`outcomes.${item.outcome}`)}
                </span>
              </Cell>
            </CardTableRow>
          ))}
        </CardTableBody>
      </CardTable>
      <Pagination page={preview.page} pageCount={preview.pageCount} hrefFor={hrefForPage} />
    </Card>
  );
}
