import type { ComponentProps } from 'react';
import { controlClassWith } from './control-class';
import { FieldLabel } from './field-label';

/** A bare text area in the app's control style. */
export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return <textarea className={controlClassWith(className)} {...props} />;
}

type TextareaFieldProps = ComponentProps<'textarea'> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled text area whose hint and errors are tied to it for screen readers, like TextField. */
export function TextareaField({
  label,
  hint,
  errors,
  name,
  id,
  className,
  required,
  ...props
}: TextareaFieldProps) {
  const fieldId = id ?? `field-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = errors?.length ? `${fieldId}-error` : undefined;
  return (
    <div className={className}>
      <FieldLabel htmlFor={fieldId} required={required}>
        {label}
      </FieldLabel>
      <Textarea
        id={fieldId}
        name={name}
        required={required}
        aria-required={required || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        className="mt-1 w-full"
        {...props}
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
