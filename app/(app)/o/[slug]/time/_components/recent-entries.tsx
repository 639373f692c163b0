import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { EmptyState } from '@/components/ui/empty-state';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/forms/form-state';
import type { TimeEntryRecord } from '@/lib/time-entries/records';
import { toUtcDate } from '@/lib/weeks/iso-week';
import { formatDuration } from '@/lib/format/duration';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

/** The latest entries with a delete button each, except in weeks whose check-in is submitted. */
export async function RecentEntries({
  entries,
  deleteAction,
  showMember,
}: {
  entries: TimeEntryRecord[];
  deleteAction: (previous: FormState, formData: FormData) => Promise<FormState>;
  showMember: boolean;
}) {
  const t = await getTranslations('timeEntries');
  const format = await getAppFormatter();
  if (entries.length === 0) return <EmptyState title={t('recent.emptyTitle')} text={t('recent.emptyText')} />;
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white px-4 shadow-sm">
      {entries.map((entry) => {
        const date = format.dateTime(toUtcDate(entry.date), {
          weekday: 'short',
          day: 'numeric',
          month: 'numeric',
          year: 'numeric',
          timeZone: 'UTC',
        });
        const minutes = formatDuration(entry.minutes);
        return (
          <li key={entry.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 py-3">
            <div className="min-w-0 flex-1">
              <p className="font-semibold text-slate-900">
                {minutes} · {t(`activities.${entry.activity}`)}
              </p>
              <p className="text-sm break-words text-slate-600">
                {date} · {entry.location.name} · {entry.platform.name}
                {showMember &&
                  ` · ${t('recent.by', { name: entry.member?.name ?? t('recent.formerMember') })}`}
              </p>
              {entry.note && <p className="mt-1 text-sm break-words text-slate-700">{entry.note}</p>}
            </div>
            {entry.locked ? (
              <span className="rounded-full bg-slate-100 px-3 py-1 text-xs font-semibold text-slate-700">
                {t('recent.locked')}
              </span>
            ) : (
              <ActionForm action={deleteAction} confirmMessage={t('recent.deleteConfirm')} quietOnSuccess>
                <input type="hidden" name="id" value={entry.id} />
                <SubmitButton variant="danger">
                  {/* Read out in full; the visible word is part of it. */}
                  <span aria-hidden="true">{t('recent.delete')}</span>
                  <span className="sr-only">
                    {t('recent.deleteLabel', { date, minutes, location: entry.location.name })}
                  </span>
                </SubmitButton>
              </ActionForm>
            )}
          </li>
        );
      })}
    </ul>
  );
}
