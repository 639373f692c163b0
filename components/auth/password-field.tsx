'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FieldLabel } from '@/components/ui/field-label';
import { controlClassWith } from '@/components/ui/control-class';

/** A password input with a show/hide toggle; pasting is allowed (password managers need it). */
export function PasswordField({
  name,
  label,
  hint,
  errors,
  autoComplete,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  autoComplete: 'current-password' | 'new-password';
}) {
  const t = useTranslations('auth');
  const [visible, setVisible] = useState(false);
  const inputId = `field-${name}`;
  const describedBy = [hint && `${inputId}-hint`, errors?.length && `${inputId}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div>
      <FieldLabel htmlFor={inputId} required>
        {label}
      </FieldLabel>
      <div className="relative mt-1">
        <input
          id={inputId}
          name={name}
          type={visible ? 'text' : 'password'}
          autoComplete={autoComplete}
          required
          aria-required
          maxLength={128}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={controlClassWith('w-full pr-24')}
        />
        <button
          type="button"
          onClick={() => setVisible((value) => !value)}
          aria-controls={inputId}
          aria-pressed={visible}
          className="text-brand-700 hover:bg-brand-50 absolute inset-y-1 right-1 rounded-md px-3 text-sm font-medium"
        >
          {visible ? t('hidePassword') : t('showPassword')}
        </button>
      </div>
      {hint && (
        <p id={`${inputId}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errors?.map((error) => (
        <p key={error} id={`${inputId}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
    </div>
  );
}
