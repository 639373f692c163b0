import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { LocationDetail } from '@/lib/locations/locations';
import { weekdays, type OpeningHours } from '@/lib/locations/schemas';

const formatRanges = (ranges: { opens: string; closes: string }[]) =>
  ranges.map((range) => `${range.opens}–${range.closes}`).join(', ');

/** Opening hours per weekday and the special hours (holidays, closures) in date order. */
export async function HoursCard({ location }: { location: LocationDetail }) {
  const t = await getTranslations('locations');
  const format = await getAppFormatter();
  const hours = location.openingHours as OpeningHours;
  return (
    <Card title={t('detail.hours')}>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1.5 text-sm">
        {weekdays.map((day) => (
          <div key={day} className="contents">
            <dt className="text-slate-600">{t(`form.day.${day}`)}</dt>
            <dd>{hours[day]?.length ? formatRanges(hours[day]) : t('form.closed')}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-5 mb-2 text-sm font-semibold text-slate-900">{t('detail.specialHours')}</h3>
      {location.specialHours.length === 0 ? (
        <p className="text-sm text-slate-600">{t('detail.noSpecialHours')}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {location.specialHours.map((entry) => (
            <li key={entry.id}>
              <span className="font-medium">
                {format.dateTimeRange(entry.startDate, entry.endDate, {
                  dateStyle: 'medium',
                  timeZone: 'UTC',
                })}
              </span>
              {': '}
              {entry.closed
                ? t('detail.closedAllDay')
                : formatRanges(entry.ranges as { opens: string; closes: string }[])}
              {entry.note && <span className="text-slate-600"> – {entry.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
