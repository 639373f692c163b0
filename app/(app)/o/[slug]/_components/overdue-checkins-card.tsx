import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { OverdueOwner } from '@/lib/checkins/overdue';
import { formatIsoWeek, type IsoWeek } from '@/lib/weeks/iso-week';

type Props = { week: IsoWeek; overdue: { owners: OverdueOwner[]; total: number }; base: string };

/** Who is behind on the weekly check-in: the latest week that is due, per responsible member. */
export async function OverdueCheckInsCard({ week, overdue, base }: Props) {
  const t = await getTranslations('dashboard.checkins');
  const weekHref = `${base}/checkins?week=${formatIsoWeek(week)}&filter=overdue`;
  return (
    <Card title={t('title', { week: week.week })}>
      {overdue.total === 0 ? (
        <p className="text-emerald-800">{t('allDone')}</p>
      ) : (
        <>
          <p className="text-3xl font-bold text-red-800">{overdue.total}</p>
          <p className="text-slate-700">{t('overdue', { count: overdue.total })}</p>
          <ul className="mt-3 divide-y divide-slate-100" aria-label={t('owners')}>
            {overdue.owners.slice(0, 6).map((owner) => (
              <li key={owner.membershipId ?? 'nobody'} className="flex justify-between gap-3 py-1.5">
                <span className={owner.name ? 'text-slate-800' : 'text-slate-600 italic'}>
                  {owner.name ?? t('nobody')}
                </span>
                <span className="font-semibold text-slate-900 tabular-nums">{owner.overdue}</span>
              </li>
            ))}
          </ul>
          {overdue.owners.length > 6 && (
            <p className="text-sm text-slate-600">{t('moreOwners', { count: overdue.owners.length - 6 })}</p>
          )}
        </>
      )}
      <a href={weekHref} className="text-brand-700 mt-3 inline-block font-semibold hover:underline">
        {t('open')}
      </a>
    </Card>
  );
}
