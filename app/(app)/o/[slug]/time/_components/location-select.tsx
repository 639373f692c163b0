import { controlClassWith } from '@/components/ui/control-class';

export type LocationOption = { id: string; label: string; mine: boolean };

type Props = {
  label: string;
  groupLabels: { mine: string; others: string };
  options: LocationOption[];
  defaultValue: string;
  errors?: string[];
  hint?: string;
};

/**
 * The location to log time for: the member's own locations first, in their own group when there
 * are others too (managers see every location). Looks like SelectField.
 */
export function LocationSelect({ label, groupLabels, options, defaultValue, errors, hint }: Props) {
  const mine = options.filter((option) => option.mine);
  const others = options.filter((option) => !option.mine);
  const grouped = mine.length > 0 && others.length > 0;
  const describedBy = [hint ? 'field-locationId-hint' : '', errors?.length ? 'field-locationId-error' : '']
    .filter(Boolean)
    .join(' ');
  const list = (items: LocationOption[]) =>
    items.map((option) => (
      <option key={option.id} value={option.id}>
        {option.label}
      </option>
    ));
  return (
    <div>
      <label htmlFor="field-locationId" className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id="field-locationId"
        name="locationId"
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={controlClassWith('mt-1 w-full')}
      >
        {grouped ? (
          <>
            <optgroup label={groupLabels.mine}>{list(mine)}</optgroup>
            <optgroup label={groupLabels.others}>{list(others)}</optgroup>
          </>
        ) : (
          list(options)
        )}
      </select>
      {hint && (
        <p id="field-locationId-hint" className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errors?.map((error) => (
        <p key={error} id="field-locationId-error" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
    </div>
  );
}
