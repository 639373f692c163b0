import type { ComponentProps } from 'react';
import { FieldLabel } from './field-label';
import { controlClassWith } from './control-class';

type TextFieldProps = ComponentProps<'input'> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/**
 * A labelled input whose errors are tied to it for screen readers (aria-describedby). A required
 * one shows an asterisk and says so with required and aria-required.
 */
export function TextField({
  label,
  hint,
  errors,
  name,
  id,
  className,
  required,
  ...inputProps
}: TextFieldProps) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className={className}>
      <FieldLabel htmlFor={inputId} required={required}>
        {label}
      </FieldLabel>
      <input
        id={inputId}
        name={name}
        required={required}
        aria-required={required || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        className={controlClassWith('mt-1 w-full')}
        {...inputProps}
      />
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errors?.map((error) => (
        <p key={error} id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
    </div>
  );
}
