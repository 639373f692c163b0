import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CheckInStatusBadge } from '@/components/checkins/check-in-status-badge';
import { WeekSwitcher } from '@/components/checkins/week-switcher';
import type { CheckInForm } from '@/lib/checkins/form';
import { formatIsoWeek, type IsoWeek } from '@/lib/weeks/iso-week';

/** Links back to the location and the overview, the location and week with its status, the week switcher. */
export async function CheckInHeader({
  slug,
  form,
  week,
  current,
  hrefFor,
}: {
  slug: string;
  form: CheckInForm;
  week: IsoWeek;
  current: IsoWeek;
  hrefFor: (week: IsoWeek) => string;
}) {
  const t = await getTranslations('checkins');
  const canonical = formatIsoWeek(week);
  const status = form.checkIn?.status ?? 'NOT_STARTED';
  return (
    <>
      <p className="mb-3 flex flex-wrap gap-x-4 gap-y-1">
        <Link
          href={`/o/${slug}/locations/${form.location.id}`}
          className="text-brand-700 text-sm font-medium hover:underline"
        >
          ← {form.location.name}
        </Link>
        <Link
          href={`/o/${slug}/checkins?week=${canonical}`}
          className="text-brand-700 text-sm font-medium hover:underline"
        >
          {t('form.toOverview')}
        </Link>
      </p>
      <header className="mb-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{form.location.name}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span>{t('form.title', { week: canonical })}</span>
          <CheckInStatusBadge status={status} />
        </p>
      </header>
      <WeekSwitcher week={week} current={current} hrefFor={hrefFor} />
    </>
  );
}
