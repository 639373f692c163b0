import { getTranslations } from 'next-intl/server';
import { formatDuration } from '@/lib/format/duration';
import type { LoggedTime as Logged } from '@/lib/checkins/form';

/** Time logged as it happened that week (read-only here; it counts towards the week). */
export async function LoggedTime({ entries }: { entries: Logged[] }) {
  if (entries.length === 0) return null;
  const t = await getTranslations('checkins');
  return (
    <section aria-labelledby="logged-title" className="rounded-xl border border-slate-200 bg-slate-50 p-3">
      <h2 id="logged-title" className="text-sm font-semibold text-slate-900">
        {t('form.loggedTitle')}
      </h2>
      <p className="text-sm text-slate-600">{t('form.loggedHelp')}</p>
      <ul className="mt-2 space-y-1 text-sm text-slate-800">
        {entries.map((entry) => (
          <li key={`${entry.platformId}-${entry.activity}`} className="flex justify-between gap-3">
            <span className="min-w-0">
              {entry.platformName} · {t(`activity.${entry.activity}`)}
            </span>
            <span className="shrink-0 tabular-nums">{formatDuration(entry.minutes)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
