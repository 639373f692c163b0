'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import type { ChecklistEntry } from '@/lib/listings/checklist';
import { listingStatuses } from '@/lib/listings/statuses';

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  locationId: string;
  entry: Pick<ChecklistEntry, 'item'> & {
    platform: Pick<ChecklistEntry['platform'], 'id' | 'shows' | 'hasRatings'>;
  };
};

/** Edits one checklist item; sends the version it was loaded with (a newer one is a conflict). */
export function ChecklistItemForm({ action, locationId, entry }: Props) {
  const t = useTranslations('listings');
  const [state, formAction, formKey] = useFormAction(action);
  const { item, platform } = entry;
  // After a save or a conflict the server says which version the next save builds on, unless the
  // page has since been rebuilt with a newer one.
  const version = String(Math.max(Number(state.result?.version ?? 0), Number(item.version)));
  const value = (field: string, stored: unknown) =>
    state.values?.[field] ?? (stored === null || stored === undefined ? '' : String(stored));
  const errors = (field: string) => state.fieldErrors?.[field];
  const field = (name: keyof typeof item, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      name={name}
      id={`${platform.id}-${name}`}
      label={label}
      defaultValue={value(name, item[name])}
      errors={errors(name)}
      {...extra}
    />
  );

  return (
    // A new version from elsewhere (a suggestion accepted, another member, an automatic check)
    // rebuilds the fields from it; the form's own result state stays.
    <form
      key={`${formKey}-${String(item.version)}`}
      action={formAction}
      aria-labelledby={`${platform.id}-edit`}
      className="space-y-4 border-t border-slate-200 pt-4"
      noValidate
    >
      <h3 id={`${platform.id}-edit`} className="text-sm font-semibold text-slate-900">
        {t('checklist.edit')}
      </h3>
      <input type="hidden" name="locationId" value={locationId} />
      <input type="hidden" name="platformId" value={platform.id} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="status"
          id={`${platform.id}-status`}
          label={t('checklist.status')}
          defaultValue={value('status', item.status)}
          errors={errors('status')}
          options={listingStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
        {field('listingUrl', t('checklist.listingUrl'), { type: 'url', inputMode: 'url' })}
      </div>
      <ShownFields shows={platform.shows} field={field} />
      {platform.hasRatings && (
        <div className="grid gap-4 sm:grid-cols-2">
          {field('rating', t('checklist.rating'), { inputMode: 'decimal' })}
          {field('reviewCount', t('checklist.reviewCount'), { inputMode: 'numeric' })}
        </div>
      )}
      <TextareaField
        id={`${platform.id}-notes`}
        name="notes"
        label={t('checklist.notes')}
        rows={2}
        maxLength={2000}
        defaultValue={value('notes', item.notes)}
        errors={errors('notes')}
      />
      <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" name="markChecked" value="true" defaultChecked className="size-5" />
        {t('checklist.markChecked')}
      </label>
      <FormMessage state={state} focusOnSuccess />
      <SubmitButton>{t('checklist.save')}</SubmitButton>
    </form>
  );
}

type FieldOf = (
  name: keyof Props['entry']['item'],
  label: string,
  extra?: Record<string, unknown>,
) => ReactNode;

/** What the platform shows of name, phone, address and website, as typed from the listing. */
function ShownFields({ shows, field }: { shows: Props['entry']['platform']['shows']; field: FieldOf }) {
  const t = useTranslations('listings');
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-slate-900">{t('checklist.shownTitle')}</legend>
      <p className="mb-2 text-sm text-slate-600">{t('checklist.shownHelp')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {shows.name && field('shownName', t('checklist.shownName'))}
        {shows.phone && field('shownPhone', t('checklist.shownPhone'), { type: 'tel' })}
        {shows.address && field('shownStreet', t('checklist.shownStreet'))}
        {shows.address && (
          <div className="grid grid-cols-[7rem_1fr] gap-3">
            {field('shownPostcode', t('checklist.shownPostcode'), { inputMode: 'numeric' })}
            {field('shownCity', t('checklist.shownCity'))}
          </div>
        )}
        {shows.website && field('shownWebsite', t('checklist.shownWebsite'), { inputMode: 'url' })}
      </div>
    </fieldset>
  );
}
