import type { ComponentProps } from 'react';
import { controlClassWith } from './control-class';
import { FieldFrame, fieldAria } from './field-frame';

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
  const controlId = id ?? `field-${name}`;
  const frame = { controlId, label, hint, errors, required, className };
  return (
    <FieldFrame {...frame}>
      <Textarea name={name} {...fieldAria(controlId, frame)} className="mt-1 w-full" {...props} />
    </FieldFrame>
  );
}
