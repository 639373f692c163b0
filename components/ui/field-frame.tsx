import type { ReactNode } from 'react';
import { FieldLabel } from './field-label';

type FieldFrameProps = {
  controlId: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  className?: string;
  children: ReactNode;
};

/** The attributes that tie a control to its hint and errors for screen readers, and mark it required. */
export function fieldAria(
  controlId: string,
  { hint, errors, required }: Omit<FieldFrameProps, 'controlId' | 'label' | 'children'>,
) {
  const describedBy = [hint ? `${controlId}-hint` : '', errors?.length ? `${controlId}-error` : '']
    .filter(Boolean)
    .join(' ');
  return {
    id: controlId,
    required,
    'aria-required': required || undefined,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

/** A control's label above it, its hint and its errors below: the frame of TextField and TextareaField. */
export function FieldFrame({
  controlId,
  label,
  hint,
  errors,
  required,
  className,
  children,
}: FieldFrameProps) {
  return (
    <div className={className}>
      <FieldLabel htmlFor={controlId} required={required}>
        {label}
      </FieldLabel>
      {children}
      {hint && (
        <p id={`${controlId}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errors?.map((error) => (
        <p key={error} id={`${controlId}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
    </div>
  );
}
