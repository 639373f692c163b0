import { getTranslations } from 'next-intl/server';
import { formatDuration } from '@/lib/format/duration';
import type { CheckInRecord } from '@/lib/checkins/records';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

/** A submitted week, read-only: who submitted it when, and what was recorded. */
export async function CheckInSummary({
  checkIn,
  platformNames,
  loggedMinutes,
  timeZone,
}: {
  checkIn: CheckInRecord;
  platformNames: Map<string, string>;
  loggedMinutes: number;
  timeZone: string;
}) {
  const t = await getTranslations('checkins');
  const format = await getAppFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const total = checkIn.totalMinutes + loggedMinutes;
  return (
    <div className="space-y-4">
      <p
        role="status"
        className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
      >
        {checkIn.submittedAt &&
          (checkIn.submittedBy
            ? t('form.submittedBy', { name: checkIn.submittedBy, date: when(checkIn.submittedAt) })
            : t('form.submittedNoName', { date: when(checkIn.submittedAt) }))}
        {'. '}
        {t('form.lockedHelp')}
      </p>
      <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-base font-semibold text-slate-900">{t('form.minutesTitle')}</h2>
        {checkIn.lines.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">{t('form.noMinutes')}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm text-slate-800">
            {checkIn.lines.map((line) => (
              <li key={`${line.platformId}-${line.activity}`} className="flex justify-between gap-3">
                <span className="min-w-0">
                  {line.platformName} · {t(`activity.${line.activity}`)}
                </span>
                <span className="shrink-0 tabular-nums">{formatDuration(line.minutes)}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-sm font-semibold text-slate-900">
          {loggedMinutes > 0
            ? t('form.weekTotalWithLogged', {
                duration: formatDuration(total),
                logged: formatDuration(loggedMinutes),
              })
            : t('form.weekTotal', { duration: formatDuration(total) })}
        </p>
      </section>
      <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-2 text-sm">
          <dt className="text-slate-600">{t('form.postsPublished')}</dt>
          <dd className="font-semibold tabular-nums">{checkIn.postsPublished}</dd>
          <dt className="text-slate-600">{t('form.reviewsAnswered')}</dt>
          <dd className="font-semibold tabular-nums">{checkIn.reviewsAnswered}</dd>
          <dt className="text-slate-600">{t('form.recheckTitle')}</dt>
          <dd className="text-right">
            {checkIn.recheckedPlatformIds.length === 0
              ? t('form.none')
              : checkIn.recheckedPlatformIds.map((id) => platformNames.get(id) ?? id).join(', ')}
          </dd>
        </dl>
        {(['notes', 'blockers'] as const).map((field) =>
          checkIn[field] ? (
            <div key={field} className="mt-3">
              <h3 className="text-sm font-semibold text-slate-900">{t(`form.${field}`)}</h3>
              <p className="text-sm whitespace-pre-line text-slate-700">{checkIn[field]}</p>
            </div>
          ) : null,
        )}
      </section>
    </div>
  );
}
