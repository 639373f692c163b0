import type { ComponentProps } from 'react';
import { FieldLabel } from './field-label';
import { controlClassWith } from './control-class';

type SelectFieldProps = ComponentProps<'select'> & {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  errors?: string[];
  hideLabel?: boolean;
};

export function SelectField({
  label,
  options,
  errors,
  name,
  id,
  hideLabel,
  className,
  required,
  ...props
}: SelectFieldProps) {
  const selectId = id ?? `field-${name}`;
  const errorId = errors?.length ? `${selectId}-error` : undefined;
  return (
    <div className={className}>
      <FieldLabel htmlFor={selectId} required={required} hidden={hideLabel}>
        {label}
      </FieldLabel>
      <select
        id={selectId}
        name={name}
        required={required}
        aria-required={required || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errorId}
        className={controlClassWith(hideLabel ? 'w-full' : 'mt-1 w-full')}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errors?.map((error) => (
        <p key={error} id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
    </div>
  );
}
