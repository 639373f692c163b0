import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { ComparisonForm as FormValues } from '@/lib/benchmarks/comparison-form';
import type { LocationOption } from '@/lib/benchmarks/location-lookup';

type Props = {
  action: string;
  values: FormValues & { from: string; to: string; set: string };
  /** Managers choose any location (typed, with suggestions) or member; staff one of their locations. */
  canChooseAnyone: boolean;
  locations: LocationOption[];
  members: { id: string; name: string }[];
  sets: { id: string; label: string }[];
  errors: Record<string, string[]>;
};

/** A plain GET form: the comparison lives in the URL, so it can be bookmarked and shared. */
export async function ComparisonForm({
  action,
  values,
  canChooseAnyone,
  locations,
  members,
  sets,
  errors,
}: Props) {
  const t = await getTranslations('benchmarks.form');
  const scopeOptions = canChooseAnyone
    ? [
        { value: 'organisation', label: t('scopeOrganisation') },
        { value: 'location', label: t('scopeLocation') },
        { value: 'member', label: t('scopeMember') },
      ]
    : [
        { value: 'organisation', label: t('scopeOwn') },
        { value: 'location', label: t('scopeLocation') },
      ];
  return (
    <form
      role="search"
      aria-label={t('label')}
      action={action}
      className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3"
    >
      {/* The group filter is a form of its own (components/locations/group-filter.tsx); kept here. */}
      {values.group && <input type="hidden" name="group" value={values.group} />}
      <TextField
        name="from"
        type="week"
        label={t('from')}
        hint={t('weekHint')}
        defaultValue={values.from}
        placeholder="2026-W01"
        errors={errors.from}
      />
      <TextField
        name="to"
        type="week"
        label={t('to')}
        hint={t('weekHint')}
        defaultValue={values.to}
        placeholder="2026-W12"
        errors={errors.to}
      />
      <SelectField
        name="set"
        label={t('set')}
        defaultValue={values.set}
        options={sets.map((set) => ({ value: set.id, label: set.label }))}
        errors={errors.set}
      />
      <SelectField name="scope" label={t('scope')} defaultValue={values.scope} options={scopeOptions} />
      <SubjectFields
        canChooseAnyone={canChooseAnyone}
        values={values}
        locations={locations}
        members={members}
        errors={errors}
      />
      <FormFooter action={action} includeCurrentWeek={values.includeCurrentWeek === 'true'} />
    </form>
  );
}

/**
 * Whose figures: managers type any location (with suggestions) or choose a member; staff choose
 * one of their locations.
 */
async function SubjectFields({
  canChooseAnyone,
  values,
  locations,
  members,
  errors,
}: Pick<Props, 'canChooseAnyone' | 'values' | 'locations' | 'members' | 'errors'>) {
  const t = await getTranslations('benchmarks.form');
  if (!canChooseAnyone)
    return (
      <SelectField
        name="locationId"
        label={t('locationSelect')}
        defaultValue={values.locationId ?? ''}
        options={[
          { value: '', label: '–' },
          ...locations.map((location) => ({
            value: location.id,
            label: `${location.name} (${location.storeCode})`,
          })),
        ]}
        errors={errors.locationId}
      />
    );
  return (
    <>
      <div>
        <TextField
          name="location"
          label={t('location')}
          hint={t('locationHint')}
          list="benchmark-locations"
          autoComplete="off"
          defaultValue={values.location}
          errors={errors.location ?? errors.locationId}
        />
        <datalist id="benchmark-locations">
          {locations.map((location) => (
            <option key={location.id} value={location.storeCode}>
              {`${location.name}, ${location.city}`}
            </option>
          ))}
        </datalist>
      </div>
      <div>
        <SelectField
          name="membershipId"
          label={t('member')}
          defaultValue={values.membershipId ?? ''}
          options={[
            { value: '', label: '–' },
            ...members.map((member) => ({ value: member.id, label: member.name })),
          ]}
          errors={errors.membershipId}
        />
        <p className="mt-1 text-sm text-slate-600">{t('memberHint')}</p>
      </div>
    </>
  );
}

/** Whether the running week counts, then compare and reset (to the default comparison). */
async function FormFooter({ action, includeCurrentWeek }: { action: string; includeCurrentWeek: boolean }) {
  const t = await getTranslations('benchmarks.form');
  return (
    <>
      <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-800 sm:col-span-2 lg:col-span-3">
        <input
          type="checkbox"
          name="includeCurrentWeek"
          value="true"
          defaultChecked={includeCurrentWeek}
          className="accent-brand-600 size-5 shrink-0"
        />
        {t('includeCurrentWeek')}
      </label>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
        <button
          type="submit"
          className="min-h-11 rounded-lg bg-slate-800 px-4 text-sm font-semibold text-white hover:bg-slate-900"
        >
          {t('submit')}
        </button>
        <Link
          href={action}
          className="flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          {t('reset')}
        </Link>
      </div>
    </>
  );
}
