'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { controlClassWith } from '@/components/ui/control-class';
import type { SpecialHours } from '@/lib/locations/schemas';

type Entry = {
  startDate: string;
  endDate: string;
  closed: boolean;
  opens: string;
  closes: string;
  note: string;
};

const fieldClass = controlClassWith('mt-1 w-full');

function toEntries(initial: SpecialHours | undefined): Entry[] {
  return (initial ?? []).map((entry) => ({
    startDate: entry.startDate,
    endDate: entry.endDate,
    closed: entry.closed,
    opens: entry.ranges[0]?.opens ?? '10:00',
    closes: entry.ranges[0]?.closes ?? '14:00',
    note: entry.note ?? '',
  }));
}

/** Dates or date ranges with other hours (one range) or closed all day; sent as JSON. */
export function SpecialHoursEditor({ initial, errors }: { initial?: SpecialHours; errors?: string[] }) {
  const t = useTranslations('locations.form');
  const [entries, setEntries] = useState<Entry[]>(() => toEntries(initial));
  const change = (index: number, patch: Partial<Entry>) =>
    setEntries((current) => current.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  const payload = entries.map((entry) => ({
    startDate: entry.startDate,
    endDate: entry.endDate || entry.startDate,
    closed: entry.closed,
    ranges: entry.closed ? [] : [{ opens: entry.opens, closes: entry.closes }],
    note: entry.note || undefined,
  }));

  return (
    <div className="space-y-3">
      <input type="hidden" name="specialHours" value={JSON.stringify(payload)} />
      {errors?.map((error) => (
        <p key={error} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
      {entries.map((entry, index) => (
        <SpecialHoursEntry
          key={index}
          entry={entry}
          index={index}
          onChange={(patch) => change(index, patch)}
          onRemove={() => setEntries((current) => current.filter((_, i) => i !== index))}
        />
      ))}
      <button
        type="button"
        onClick={() =>
          setEntries((current) => [
            ...current,
            { startDate: '', endDate: '', closed: true, opens: '10:00', closes: '14:00', note: '' },
          ])
        }
        className="min-h-11 rounded-lg border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        + {t('addSpecialHours')}
      </button>
    </div>
  );
}

type EntryProps = {
  entry: Entry;
  /** Its place in the list, for the group's accessible name. */
  index: number;
  onChange: (patch: Partial<Entry>) => void;
  onRemove: () => void;
};

/** One date or date range: from, to, closed all day or one range of hours, a note, and remove. */
function SpecialHoursEntry({ entry, index, onChange, onRemove }: EntryProps) {
  const t = useTranslations('locations.form');
  return (
    <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-3">
      <legend className="sr-only">
        {t('sectionSpecialHours')} {index + 1}
      </legend>
      <label className="text-sm font-medium text-slate-800">
        {t('startDate')}
        <input
          type="date"
          required
          value={entry.startDate}
          onChange={(e) => onChange({ startDate: e.target.value })}
          className={fieldClass}
        />
      </label>
      <label className="text-sm font-medium text-slate-800">
        {t('endDate')}
        <input
          type="date"
          value={entry.endDate}
          onChange={(e) => onChange({ endDate: e.target.value })}
          className={fieldClass}
        />
      </label>
      <label className="flex min-h-11 items-center gap-2 self-end text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          checked={entry.closed}
          onChange={(e) => onChange({ closed: e.target.checked })}
          className="size-5"
        />
        {t('closedAllDay')}
      </label>
      {!entry.closed && (
        <>
          <label className="text-sm font-medium text-slate-800">
            {t('opens')}
            <input
              type="time"
              value={entry.opens}
              onChange={(e) => onChange({ opens: e.target.value })}
              className={fieldClass}
            />
          </label>
          <label className="text-sm font-medium text-slate-800">
            {t('closes')}
            <input
              type="time"
              value={entry.closes}
              onChange={(e) => onChange({ closes: e.target.value })}
              className={fieldClass}
            />
          </label>
        </>
      )}
      <label className="text-sm font-medium text-slate-800 sm:col-span-2 lg:col-span-1">
        {t('note')}
        <input
          type="text"
          maxLength={200}
          value={entry.note}
          onChange={(e) => onChange({ note: e.target.value })}
          className={fieldClass}
        />
      </label>
      <button
        type="button"
        onClick={onRemove}
        className="min-h-11 self-end rounded-lg px-3 text-sm text-red-700 hover:bg-red-50 sm:justify-self-start"
      >
        {t('remove')}
      </button>
    </fieldset>
  );
}
