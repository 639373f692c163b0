'use client';

import { useTranslations } from 'next-intl';
import { controlClassWith } from '@/components/ui/control-class';

const buttonClass =
  'flex size-11 shrink-0 items-center justify-center rounded-lg border border-slate-300 bg-white text-xl font-semibold text-slate-800 hover:bg-slate-50 disabled:opacity-40';

/** A count with − and + buttons around a number field (the field alone works without JavaScript). */
export function Stepper({
  name,
  label,
  value,
  onChange,
  errors,
}: {
  name: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
  errors?: string[];
}) {
  const t = useTranslations('checkins.form');
  const id = `field-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex items-center gap-2">
        <button
          type="button"
          className={buttonClass}
          aria-label={t('decrease', { label })}
          aria-controls={id}
          disabled={value <= 0}
          onClick={() => onChange(Math.max(0, value - 1))}
        >
          −
        </button>
        <input
          id={id}
          name={name}
          inputMode="numeric"
          pattern="[0-9]*"
          value={String(value)}
          onChange={(event) => onChange(Math.max(0, Number(event.target.value.replace(/\D/g, '')) || 0))}
          aria-invalid={errors?.length ? true : undefined}
          className={controlClassWith('w-20 text-center tabular-nums')}
        />
        <button
          type="button"
          className={buttonClass}
          aria-label={t('increase', { label })}
          aria-controls={id}
          onClick={() => onChange(value + 1)}
        >
          +
        </button>
      </div>
      {errors?.map((error) => (
        <p key={error} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
    </div>
  );
}
