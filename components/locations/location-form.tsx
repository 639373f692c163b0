'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { LocationPinPicker } from '@/components/map/location-pin-picker';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { locationStatuses } from '@/lib/locations/field-values';
import type { ApproximatePosition, LocationFormValues } from '@/lib/locations/form-values';
import { OpeningHoursEditor } from './opening-hours-editor';
import { SpecialHoursEditor } from './special-hours-editor';

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial: LocationFormValues;
  /** Set when editing: travels as a hidden field, checked by the action against the organisation. */
  locationId?: string;
  members: { id: string; name: string }[];
  cancelHref: string;
  /** False for a business's first two sites: a blank store code is then generated from the city. */
  storeCodeRequired?: boolean;
  /** For the pin picker: the organisation (its geocode route), the tile server, whether a geocoder exists. */
  map: {
    organisationSlug: string;
    tileUrl: string;
    tileAttribution: string;
    geocoderEnabled: boolean;
    approximate?: ApproximatePosition | null;
  };
};

/** The hours editors send JSON; after a failed save the form remounts from what was sent. */
function echoedJson<T>(text: string | undefined): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The form's current values and errors, and a text field for a value, as the sections use them. */
type Fields = {
  value(field: keyof LocationFormValues): string;
  errors(field: string): string[] | undefined;
  text(field: keyof LocationFormValues, label: string, extra?: Record<string, unknown>): ReactNode;
};

function Section({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {help && <p className="mt-1 text-sm text-slate-600">{help}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export function LocationForm({
  action,
  initial,
  locationId,
  members,
  cancelHref,
  map,
  storeCodeRequired = true,
}: Props) {
  const t = useTranslations('locations');
  const [state, formAction, formKey] = useFormAction(action);
  const value = (field: keyof LocationFormValues) =>
    (state.values?.[field] as string | undefined) ?? (initial[field] as string);
  const errors = (field: string) => state.fieldErrors?.[field];
  const text = (field: keyof LocationFormValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextField name={field} label={label} defaultValue={value(field)} errors={errors(field)} {...extra} />
  );
  const fields: Fields = { value, errors, text };

  return (
    <form key={formKey} action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RequiredFieldsNote />
      {locationId && <input type="hidden" name="locationId" value={locationId} />}
      <NapSection fields={fields} storeCodeRequired={storeCodeRequired} />

      <ContactSection fields={fields} />

      <Section title={t('form.sectionHours')} help={t('form.sectionHoursHelp')}>
        <OpeningHoursEditor
          initial={echoedJson(state.values?.openingHours) ?? initial.openingHours}
          errors={errors('openingHours')}
        />
      </Section>

      <Section title={t('form.sectionSpecialHours')} help={t('form.sectionSpecialHoursHelp')}>
        <SpecialHoursEditor
          initial={echoedJson(state.values?.specialHours) ?? initial.specialHours}
          errors={errors('specialHours')}
        />
      </Section>

      <Section title={t('form.sectionPosition')}>
        <LocationPinPicker
          {...map}
          defaultLatitude={value('latitude')}
          defaultLongitude={value('longitude')}
          errors={{ latitude: errors('latitude'), longitude: errors('longitude') }}
        />
      </Section>

      <OrganisationSection fields={fields} members={members} />

      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel={t('form.saving')}>{t('form.save')}</SubmitButton>
        <a
          href={cancelHref}
          className="inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-semibold text-slate-700 hover:bg-slate-100"
        >
          {t('form.cancel')}
        </a>
      </div>
    </form>
  );
}

/** Name, store code, address and phone: what every listing shows and is compared with. */
function NapSection({ fields, storeCodeRequired }: { fields: Fields; storeCodeRequired: boolean }) {
  const t = useTranslations('locations');
  const { text } = fields;
  return (
    <Section title={t('form.sectionNap')} help={t('form.sectionNapHelp')}>
      <div className="grid gap-4 sm:grid-cols-6">
        {text('name', t('name'), { className: 'sm:col-span-4', required: true, maxLength: 200 })}
        {text('storeCode', t('storeCode'), {
          className: 'sm:col-span-2',
          required: storeCodeRequired,
          maxLength: 64,
          hint: storeCodeRequired ? t('form.storeCodeHint') : t('form.storeCodeHintOptional'),
        })}
        {text('street', t('form.street'), {
          className: 'sm:col-span-4',
          required: true,
          autoComplete: 'address-line1',
        })}
        {text('addressExtra', t('form.addressExtra'), {
          className: 'sm:col-span-2',
          autoComplete: 'address-line2',
        })}
        {text('postalCode', t('form.postalCode'), {
          className: 'sm:col-span-2',
          required: true,
          inputMode: 'numeric',
          autoComplete: 'postal-code',
        })}
        {text('city', t('form.city'), {
          className: 'sm:col-span-4',
          required: true,
          autoComplete: 'address-level2',
        })}
        {text('region', t('form.region'), { className: 'sm:col-span-4', autoComplete: 'address-level1' })}
        {text('countryCode', t('form.countryCode'), {
          className: 'sm:col-span-2',
          maxLength: 2,
          autoComplete: 'country',
        })}
        {text('phone', t('phone'), {
          className: 'sm:col-span-3',
          type: 'tel',
          autoComplete: 'tel',
          hint: t('form.phoneHint'),
        })}
      </div>
    </Section>
  );
}

/** Website, e-mail, category and description. */
function ContactSection({ fields }: { fields: Fields }) {
  const t = useTranslations('locations');
  const { text, value, errors } = fields;
  return (
    <Section title={t('form.sectionContact')}>
      <div className="grid gap-4 sm:grid-cols-2">
        {text('website', t('form.website'), { type: 'url', inputMode: 'url' })}
        {text('email', t('form.email'), { type: 'email' })}
        {text('primaryCategory', t('form.primaryCategory'), { hint: t('form.primaryCategoryHint') })}
        <TextareaField
          name="description"
          label={t('form.description')}
          rows={3}
          maxLength={750}
          defaultValue={value('description')}
          errors={errors('description')}
          className="sm:col-span-2"
        />
      </div>
    </Section>
  );
}

/** Who looks after the location, and its status. */
function OrganisationSection({ fields, members }: { fields: Fields; members: Props['members'] }) {
  const t = useTranslations('locations');
  const { value, errors } = fields;
  return (
    <Section title={t('form.sectionOrganisation')}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="assignedMembershipId"
          label={t('form.assignee')}
          defaultValue={value('assignedMembershipId')}
          errors={errors('assignedMembershipId')}
          options={[
            { value: '', label: t('notAssigned') },
            ...members.map((member) => ({ value: member.id, label: member.name })),
          ]}
        />
        <SelectField
          name="status"
          label={t('status')}
          defaultValue={value('status') || 'ACTIVE'}
          errors={errors('status')}
          options={locationStatuses.map((status) => ({ value: status, label: t(`status${status}`) }))}
        />
      </div>
    </Section>
  );
}
