import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { Card } from '@/components/ui/card';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/forms/form-state';
import { businessTypes, type BusinessTypeValue } from '@/lib/listings/business-types';

/** The kind of business and, for managers, choosing it again (which resets the catalogue's switches). */
export async function BusinessTypeCard({
  businessType,
  action,
}: {
  businessType: BusinessTypeValue | null;
  /** Null for members who may only look. */
  action: ((previous: FormState, formData: FormData) => Promise<FormState>) | null;
}) {
  const t = await getTranslations('businessTypes');
  return (
    <Card title={t('settings.title')}>
      <p className="text-sm text-slate-700">
        {businessType ? t('settings.current', { type: t(`label.${businessType}`) }) : t('settings.notChosen')}
      </p>
      {action && (
        <ActionForm
          action={action}
          confirmMessage={t('settings.confirmGeneric')}
          className="mt-4 flex flex-wrap items-end gap-3"
        >
          <SelectField
            name="businessType"
            label={t('settings.choose')}
            defaultValue={businessType ?? 'OTHER'}
            className="w-full sm:w-80"
            options={businessTypes.map((type) => ({ value: type, label: t(`label.${type}`) }))}
          />
          <SubmitButton variant="secondary" pendingLabel={t('settings.applying')}>
            {t('settings.apply')}
          </SubmitButton>
        </ActionForm>
      )}
      <p className="mt-3 text-xs text-slate-600">{t('settings.keepsItems')}</p>
    </Card>
  );
}
