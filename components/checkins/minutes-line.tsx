'use client';

import { useTranslations } from 'next-intl';
import { activities, type ActivityValue } from '@/lib/checkins/activities';
import { controlClassWith } from '@/components/ui/control-class';
import { formatDuration } from '@/lib/format/duration';

export type EditedLine = { key: string; platformId: string; activity: ActivityValue; minutes: string };

const quickMinutes = [15, 30, 60];

type LineProps = { line: EditedLine; onChange: (line: EditedLine) => void };
const fieldId = (line: EditedLine, field: string) => `line-${line.key}-${field}`;

/** One line of the week: platform, activity and minutes, with quick buttons for the usual amounts. */
export function MinutesLine({
  line,
  number,
  platforms,
  onChange,
  onRemove,
}: LineProps & {
  number: number;
  platforms: { id: string; name: string }[];
  onRemove: () => void;
}) {
  const t = useTranslations('checkins');
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <fieldset>
        <legend className="sr-only">{t('form.line', { number })}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <PlatformSelect line={line} platforms={platforms} onChange={onChange} />
          <ActivitySelect line={line} onChange={onChange} />
        </div>
        <MinutesField line={line} onChange={onChange} />
        <button
          type="button"
          onClick={onRemove}
          className="mt-2 min-h-11 rounded-lg px-2 text-sm font-medium text-red-700 hover:bg-red-50"
        >
          {t('form.removeLine', { number })}
        </button>
      </fieldset>
    </li>
  );
}

function PlatformSelect({
  line,
  platforms,
  onChange,
}: LineProps & { platforms: { id: string; name: string }[] }) {
  const t = useTranslations('checkins');
  const id = fieldId(line, 'platform');
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t('form.platform')}
      </label>
      <select
        id={id}
        name="platformId"
        value={line.platformId}
        onChange={(event) => onChange({ ...line, platformId: event.target.value })}
        className={controlClassWith('mt-1 w-full')}
      >
        {platforms.map((platform) => (
          <option key={platform.id} value={platform.id}>
            {platform.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function ActivitySelect({ line, onChange }: LineProps) {
  const t = useTranslations('checkins');
  const id = fieldId(line, 'activity');
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t('form.activity')}
      </label>
      <select
        id={id}
        name="activity"
        value={line.activity}
        onChange={(event) => onChange({ ...line, activity: event.target.value as ActivityValue })}
        className={controlClassWith('mt-1 w-full')}
      >
        {activities.map((activity) => (
          <option key={activity} value={activity}>
            {t(`activity.${activity}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The minutes as digits, the duration they make, and +15 / +30 / +60. */
function MinutesField({ line, onChange }: LineProps) {
  const t = useTranslations('checkins');
  const id = (field: string) => fieldId(line, field);
  const minutes = Number(line.minutes) || 0;
  return (
    <>
      <label htmlFor={id('minutes')} className="mt-3 block text-sm font-medium text-slate-800">
        {t('form.minutes')}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id={id('minutes')}
          name="minutes"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="off"
          value={line.minutes}
          onChange={(event) => onChange({ ...line, minutes: event.target.value.replace(/\D/g, '') })}
          aria-describedby={id('duration')}
          className={controlClassWith('w-24 tabular-nums')}
        />
        <span id={id('duration')} className="min-w-16 text-sm text-slate-600 tabular-nums">
          = {formatDuration(minutes)}
        </span>
        <span className="flex gap-2">
          {quickMinutes.map((amount) => (
            <button
              key={amount}
              type="button"
              aria-label={t('form.addMinutes', { minutes: amount })}
              onClick={() => onChange({ ...line, minutes: String(minutes + amount) })}
              className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-50"
            >
              +{amount}
            </button>
          ))}
        </span>
      </div>
    </>
  );
}
