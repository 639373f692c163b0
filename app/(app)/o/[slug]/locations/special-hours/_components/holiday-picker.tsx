'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { SelectField } from '@/components/ui/select-field';

export type HolidayChoices = { region: string; label: string; holidays: { date: string; label: string }[] }[];

/**
 * A Bundesland (or nationwide) and one of its holidays of the next twelve months. The server
 * lists every region's holidays; choosing a region only changes which of them the second list shows.
 */
export function HolidayPicker({
  choices,
  region,
  date,
  errors,
}: {
  choices: HolidayChoices;
  region: string;
  date: string;
  errors: Record<string, string[]>;
}) {
  const t = useTranslations('holidayHours');
  const [selected, setSelected] = useState(region || 'DE');
  const holidays = choices.find((choice) => choice.region === selected)?.holidays ?? [];
  return (
    <div className="grid gap-4 sm:grid-cols-[16rem_1fr]">
      <SelectField
        name="holidayRegion"
        label={t('holidayRegion')}
        value={selected}
        onChange={(event) => setSelected(event.target.value)}
        options={choices.map((choice) => ({ value: choice.region, label: choice.label }))}
        errors={errors.holidayRegion}
      />
      <div>
        <SelectField
          key={selected}
          name="holidayDate"
          label={t('holidayDate')}
          defaultValue={holidays.some((holiday) => holiday.date === date) ? date : undefined}
          options={
            holidays.length > 0
              ? holidays.map((holiday) => ({ value: holiday.date, label: holiday.label }))
              : [{ value: '', label: t('noHolidays') }]
          }
          errors={errors.holidayDate}
          aria-describedby="holiday-hint"
        />
        <p id="holiday-hint" className="mt-1 text-sm text-slate-600">
          {t('holidayHint')}
        </p>
      </div>
    </div>
  );
}
