import type { ComponentProps } from 'react';
import { controlClassWith } from './control-class';
import { FieldFrame, fieldAria } from './field-frame';

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
  const controlId = id ?? `field-${name}`;
  const frame = { controlId, label, hint, errors, required, className };
  return (
    <FieldFrame {...frame}>
      <input
        name={name}
        {...fieldAria(controlId, frame)}
        className={controlClassWith('mt-1 w-full')}
        {...inputProps}
      />
    </FieldFrame>
  );
}
