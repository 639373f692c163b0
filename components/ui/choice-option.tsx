import type { ReactNode } from 'react';

type ChoiceOptionProps = {
  id: string;
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  label: ReactNode;
  /** A line under the label; the control is described by it. */
  hint?: ReactNode;
  /** Ids of further text that describes the control (a note below the option, say). */
  describedBy?: string;
  defaultChecked?: boolean;
  disabled?: boolean;
  required?: boolean;
  /** More under the hint, e.g. why the option cannot be chosen (give it an id in describedBy). */
  children?: ReactNode;
};

/**
 * One option of a group of radio buttons or checkboxes, as a bordered card that shows when it is
 * chosen and when it has the keyboard focus: the control, its label and a hint. The whole card
 * chooses (the label's ::after covers it), which a thumb on a phone finds easier than the control.
 */
export function ChoiceOption({
  id,
  type,
  name,
  value,
  label,
  hint,
  describedBy,
  defaultChecked,
  disabled,
  required,
  children,
}: ChoiceOptionProps) {
  const description = [hint ? `${id}-hint` : '', describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div className="has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-brand-300 relative flex items-start gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2.5 has-[:disabled]:bg-slate-50 has-[:focus-visible]:ring-2">
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        disabled={disabled}
        required={required}
        aria-describedby={description || undefined}
        className="accent-brand-600 relative z-10 mt-0.5 size-5 shrink-0 focus:outline-none"
      />
      <div className="min-w-0 text-sm">
        <label
          htmlFor={id}
          className="cursor-pointer font-medium text-slate-900 after:absolute after:inset-0 after:content-['']"
        >
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="mt-0.5 text-slate-700">
            {hint}
          </p>
        )}
        {children}
      </div>
    </div>
  );
}

/** A group's errors under its options (the fieldset's own, not one control's). */
export function ChoiceErrors({ errors }: { errors?: string[] }) {
  return errors?.map((error) => (
    <p key={error} className="mt-1 text-sm font-medium text-red-700">
      {error}
    </p>
  ));
}
