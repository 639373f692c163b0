'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { controlClassWith } from '@/components/ui/control-class';
import { weekdays, type Weekday } from '@/lib/locations/field-values';
import type { OpeningHours } from '@/lib/locations/schemas';

type Range = { opens: string; closes: string };
type Hours = Record<Weekday, Range[]>;

const emptyHours = (): Hours => Object.fromEntries(weekdays.map((day) => [day, []])) as unknown as Hours;
const inputClass = controlClassWith('w-32');

/**
 * Regular hours per weekday with several ranges a day. The whole week travels to the server
 * as JSON in one hidden field, where the shared schema validates it.
 */
export function OpeningHoursEditor({ initial, errors }: { initial?: OpeningHours; errors?: string[] }) {
  const t = useTranslations('locations.form');
  const [hours, setHours] = useState<Hours>(() => ({ ...emptyHours(), ...(initial as Partial<Hours>) }));
  const update = (day: Weekday, ranges: Range[]) => setHours((current) => ({ ...current, [day]: ranges }));

  return (
    <div>
      <input type="hidden" name="openingHours" value={JSON.stringify(hours)} />
      {errors?.map((error) => (
        <p key={error} id="opening-hours-error" className="mb-2 text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
      <ul
        className="divide-y divide-slate-100"
        aria-describedby={errors?.length ? 'opening-hours-error' : undefined}
      >
        {weekdays.map((day) => (
          <DayHours key={day} day={day} ranges={hours[day]} onChange={(ranges) => update(day, ranges)} />
        ))}
      </ul>
      <button
        type="button"
        onClick={() =>
          setHours((current) => ({
            ...current,
            tue: current.mon,
            wed: current.mon,
            thu: current.mon,
            fri: current.mon,
          }))
        }
        className="mt-2 min-h-11 rounded-lg border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        {t('copyToWeekdays')}
      </button>
    </div>
  );
}

/** One weekday: closed, or up to four ranges, each with its times and a remove button. */
function DayHours({
  day,
  ranges,
  onChange,
}: {
  day: Weekday;
  ranges: Range[];
  onChange: (ranges: Range[]) => void;
}) {
  const t = useTranslations('locations.form');
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start">
      <span className="w-28 shrink-0 pt-2.5 font-medium text-slate-800">{t(`day.${day}`)}</span>
      <div className="flex-1 space-y-2">
        {ranges.length === 0 && <p className="pt-2.5 text-sm text-slate-600">{t('closed')}</p>}
        {ranges.map((range, index) => (
          <fieldset key={index} className="flex flex-wrap items-center gap-2">
            <legend className="sr-only">
              {t(`day.${day}`)} {index + 1}
            </legend>
            <label className="sr-only" htmlFor={`${day}-${index}-opens`}>
              {t(`day.${day}`)} {t('opens')}
            </label>
            <input
              id={`${day}-${index}-opens`}
              type="time"
              value={range.opens}
              onChange={(event) =>
                onChange(
                  ranges.map((item, i) => (i === index ? { ...item, opens: event.target.value } : item)),
                )
              }
              className={inputClass}
            />
            <span aria-hidden="true">–</span>
            <label className="sr-only" htmlFor={`${day}-${index}-closes`}>
              {t(`day.${day}`)} {t('closes')}
            </label>
            <input
              id={`${day}-${index}-closes`}
              type="time"
              value={range.closes}
              onChange={(event) =>
                onChange(
                  ranges.map((item, i) => (i === index ? { ...item, closes: event.target.value } : item)),
                )
              }
              className={inputClass}
            />
            <button
              type="button"
              onClick={() => onChange(ranges.filter((_, i) => i !== index))}
              className="min-h-11 rounded-lg px-3 text-sm text-red-700 hover:bg-red-50"
            >
              {t('removeRange')}
            </button>
          </fieldset>
        ))}
        {ranges.length < 4 && (
          <button
            type="button"
            onClick={() => onChange([...ranges, nextRange(ranges)])}
            className="text-brand-700 hover:bg-brand-50 min-h-11 rounded-lg px-3 text-sm font-medium"
          >
            + {t('addRange')}
            <span className="sr-only"> ({t(`day.${day}`)})</span>
          </button>
        )}
      </div>
    </li>
  );
}

/** A sensible next range: the morning for the first, the afternoon after the last one. */
function nextRange(ranges: Range[]): Range {
  if (ranges.length === 0) return { opens: '08:00', closes: '18:00' };
  const last = ranges[ranges.length - 1]!;
  return last.closes < '22:00'
    ? { opens: last.closes, closes: '22:00' }
    : { opens: '22:00', closes: '23:00' };
}
