import { fieldAria } from './field-frame';

/**
 * An on/off choice that a form submits either way: a hidden "off" before a checkbox with the
 * switch role that sends "on" when checked (the later value wins when the form is read). The
 * label names it, the hint describes it, and "on"/"off" is shown beside it for everyone to see.
 * No JavaScript: the look follows the checkbox with CSS.
 */
export function SwitchField({
  name,
  label,
  hint,
  checked,
  onLabel,
  offLabel,
  errors,
}: {
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  onLabel: string;
  offLabel: string;
  errors?: string[];
}) {
  const id = `field-${name}`;
  return (
    <div className="flex items-start justify-between gap-4 py-4">
      <div className="min-w-0">
        <label htmlFor={id} className="font-semibold text-slate-900">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
            {hint}
          </p>
        )}
        {errors?.map((error) => (
          <p key={error} id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
            {error}
          </p>
        ))}
      </div>
      <div className="flex min-h-11 shrink-0 items-center gap-2">
        <input type="hidden" name={name} value="off" />
        <input
          {...fieldAria(id, { hint, errors })}
          type="checkbox"
          role="switch"
          name={name}
          value="on"
          defaultChecked={checked}
          className="peer checked:bg-brand-700 relative h-7 w-12 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-500 transition-colors before:absolute before:top-0.5 before:left-0.5 before:size-6 before:rounded-full before:bg-white before:shadow before:transition-transform before:content-[''] checked:before:translate-x-5"
        />
        <span aria-hidden="true" className="w-8 text-sm font-medium text-slate-700 peer-checked:hidden">
          {offLabel}
        </span>
        <span
          aria-hidden="true"
          className="text-brand-800 hidden w-8 text-sm font-semibold peer-checked:inline"
        >
          {onLabel}
        </span>
      </div>
    </div>
  );
}
