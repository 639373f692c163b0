import { getTranslations } from 'next-intl/server';
import type { AppFormatter } from '@/lib/i18n/formatting';
import type { ListingChangeEntry } from '@/lib/listings/history';

type Translate = Awaited<ReturnType<typeof getTranslations<'listings'>>>;

function describe(field: string, value: unknown, t: Translate, format: AppFormatter) {
  if (value === null || value === undefined || value === '') return t('checklist.empty');
  // The fields a source found differing ("mismatchedFields": ["phone"]).
  if (Array.isArray(value)) {
    if (value.length === 0) return t('checklist.empty');
    return value
      .map((entry) =>
        t.has(`checklist.nap.${entry}`) ? t(`checklist.nap.${entry}` as 'checklist.nap.name') : String(entry),
      )
      .join(', ');
  }
  if (field === 'status' && typeof value === 'string' && t.has(`status.${value}`))
    return t(`status.${value}` as 'status.LIVE');
  if (field === 'lastCheckedAt') return format.dateTime(new Date(String(value)), { dateStyle: 'medium' });
  return String(value);
}

/**
 * Who changed what on one checklist item, newest first, behind a disclosure. A change an automatic
 * check made names its source ("OpenStreetMap (automatische Prüfung)") as the author.
 */
export async function ItemHistory({
  changes,
  format,
}: {
  changes: ListingChangeEntry[];
  format: AppFormatter;
}) {
  const t = await getTranslations('listings');
  const tVerification = await getTranslations('verification');
  const author = (change: ListingChangeEntry) =>
    change.source
      ? tVerification('history.author', { source: tVerification(`sources.${change.source}`) })
      : change.changedByName;
  return (
    <details>
      <summary className="min-h-11 cursor-pointer py-2 text-sm text-slate-700">
        {t('checklist.history')} ({changes.length})
      </summary>
      {changes.length === 0 ? (
        <p className="text-sm text-slate-600">{t('checklist.noHistory')}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {changes.map((change) => (
            <li key={change.id}>
              <p className="text-xs text-slate-600">
                {t('checklist.changedBy', {
                  name: author(change),
                  date: format.dateTime(change.changedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                })}
              </p>
              <ul className="ml-4 list-disc">
                {Object.entries(change.changes).map(([field, { from, to }]) => (
                  <li key={field}>
                    {t.has(`checklist.field.${field}`) ? t(`checklist.field.${field}`) : field}:{' '}
                    {describe(field, from, t, format)} → {describe(field, to, t, format)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
