import { getTranslations } from 'next-intl/server';
import { ChoiceErrors, ChoiceOption } from '@/components/ui/choice-option';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { buttonClasses } from '@/components/ui/button';
import {
  holidayHoursExistingChoices,
  holidayHoursScopes,
  maxBatchLocations,
} from '@/lib/publishing/holiday-hours/choices';
import type { ScopeOptions } from '@/lib/publishing/holiday-hours/scope-options';
import { HolidayPicker, type HolidayChoices } from './holiday-picker';

// The choice: period, hours, locations, what to do where special hours exist. A GET form: the
// preview is the page for that address, so it can be paged, reloaded and shared; nothing is
// written until the preview's own button. Parts that do not apply are hidden by CSS (no script).

type Props = {
  action: string;
  values: Record<string, string>;
  errors: Record<string, string[]>;
  holidays: HolidayChoices;
  scopeOptions: ScopeOptions;
  groups: { id: string; name: string }[];
};

const legendClass = 'text-base font-semibold text-slate-900';

export async function ChoiceForm({ action, values, errors, holidays, scopeOptions, groups }: Props) {
  const t = await getTranslations('holidayHours');
  return (
    <form method="get" action={action} className="group/form space-y-8" noValidate>
      <input type="hidden" name="preview" value="1" />
      <PeriodFields values={values} errors={errors} holidays={holidays} />
      <HoursFields values={values} errors={errors} />
      <ScopeFields values={values} errors={errors} scopeOptions={scopeOptions} groups={groups} />
      <ExistingFields values={values} errors={errors} />
      <div className="space-y-2">
        <p className="text-sm text-slate-600">{t('limitNote', { max: maxBatchLocations })}</p>
        <button type="submit" className={buttonClasses('primary')}>
          {t('showPreview')}
        </button>
      </div>
    </form>
  );
}

async function PeriodFields({ values, errors, holidays }: Pick<Props, 'values' | 'errors' | 'holidays'>) {
  const t = await getTranslations('holidayHours');
  const period = values.period ?? 'holiday';
  return (
    <fieldset className="space-y-4">
      <legend className={legendClass}>{t('periodLegend')}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {(['holiday', 'range'] as const).map((value) => (
          <ChoiceOption
            key={value}
            id={`period-${value}`}
            type="radio"
            name="period"
            value={value}
            defaultChecked={period === value}
            label={value === 'holiday' ? t('periodHoliday') : t('periodRange')}
            hint={value === 'holiday' ? t('periodHolidayHint') : t('periodRangeHint')}
          />
        ))}
      </div>
      <ChoiceErrors errors={errors.period} />
      <div className="group-has-[#period-range:checked]/form:hidden">
        <HolidayPicker
          choices={holidays}
          region={values.holidayRegion ?? ''}
          date={values.holidayDate ?? ''}
          errors={errors}
        />
      </div>
      <div className="hidden gap-4 group-has-[#period-range:checked]/form:grid sm:grid-cols-2 lg:max-w-2xl">
        <TextField
          name="startDate"
          type="date"
          label={t('startDate')}
          defaultValue={values.startDate}
          errors={errors.startDate}
        />
        <TextField
          name="endDate"
          type="date"
          label={t('endDate')}
          hint={t('endDateHint')}
          defaultValue={values.endDate}
          errors={errors.endDate}
        />
      </div>
    </fieldset>
  );
}

async function HoursFields({ values, errors }: Pick<Props, 'values' | 'errors'>) {
  const t = await getTranslations('holidayHours');
  const closed = values.closed ?? 'true';
  return (
    <fieldset className="space-y-4">
      <legend className={legendClass}>{t('hoursLegend')}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {(['true', 'false'] as const).map((value) => (
          <ChoiceOption
            key={value}
            id={`closed-${value}`}
            type="radio"
            name="closed"
            value={value}
            defaultChecked={closed === value}
            label={value === 'true' ? t('closedAllDay') : t('otherHours')}
          />
        ))}
      </div>
      <ChoiceErrors errors={errors.closed} />
      <div className="hidden gap-4 group-has-[#closed-false:checked]/form:grid sm:grid-cols-2 lg:max-w-md">
        <TextField
          name="opens"
          type="time"
          label={t('opens')}
          defaultValue={values.opens ?? '10:00'}
          errors={errors.ranges}
        />
        <TextField name="closes" type="time" label={t('closes')} defaultValue={values.closes ?? '14:00'} />
      </div>
      <TextField
        name="note"
        label={t('note')}
        hint={t('noteHint')}
        maxLength={200}
        autoComplete="off"
        defaultValue={values.note}
        errors={errors.note}
        className="max-w-xl"
      />
    </fieldset>
  );
}

async function ScopeFields({
  values,
  errors,
  scopeOptions,
  groups,
}: Pick<Props, 'values' | 'errors' | 'scopeOptions' | 'groups'>) {
  const t = await getTranslations('holidayHours');
  const scope = values.scope ?? 'ALL';
  return (
    <fieldset className="space-y-4">
      <legend className={legendClass}>{t('scopeLegend')}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {holidayHoursScopes.map((value) => (
          <ChoiceOption
            key={value}
            id={`scope-${value}`}
            type="radio"
            name="scope"
            value={value}
            defaultChecked={scope === value}
            label={t(`scopes.${value}`)}
            hint={t(`scopeHints.${value}`, { count: scopeOptions.total })}
            disabled={value === 'GROUP' && groups.length === 0}
          />
        ))}
      </div>
      <ChoiceErrors errors={errors.scope} />
      <div className="hidden max-w-md group-has-[#scope-CITY:checked]/form:block">
        <TextField
          name="city"
          label={t('city')}
          list="holiday-hours-cities"
          autoComplete="off"
          maxLength={100}
          defaultValue={values.city ?? (scope === 'CITY' ? values.scopeValue : undefined)}
          errors={scope === 'CITY' ? errors.scopeValue : undefined}
        />
        <datalist id="holiday-hours-cities">
          {scopeOptions.cities.map((city) => (
            <option key={city.value} value={city.value} />
          ))}
        </datalist>
      </div>
      <div className="hidden max-w-md group-has-[#scope-REGION:checked]/form:block">
        {scopeOptions.regions.length > 0 ? (
          <SelectField
            name="region"
            label={t('region')}
            defaultValue={values.region ?? (scope === 'REGION' ? values.scopeValue : undefined)}
            options={scopeOptions.regions.map((region) => ({
              value: region.value,
              label: t('regionOption', { region: region.value, count: region.count }),
            }))}
            errors={scope === 'REGION' ? errors.scopeValue : undefined}
          />
        ) : (
          <p className="text-sm text-slate-700">{t('noRegions')}</p>
        )}
      </div>
      <div className="hidden max-w-md group-has-[#scope-GROUP:checked]/form:block">
        {groups.length > 0 ? (
          <SelectField
            name="groupId"
            label={t('group')}
            defaultValue={values.groupId}
            options={groups.map((group) => ({ value: group.id, label: group.name }))}
            errors={errors.groupId}
          />
        ) : (
          <p className="text-sm text-slate-700">{t('noGroups')}</p>
        )}
      </div>
      <p className="text-sm text-slate-600">{t('archivedNote')}</p>
    </fieldset>
  );
}

async function ExistingFields({ values, errors }: Pick<Props, 'values' | 'errors'>) {
  const t = await getTranslations('holidayHours');
  const onExisting = values.onExisting ?? 'SKIP';
  return (
    <fieldset className="space-y-4">
      <legend className={legendClass}>{t('existingLegend')}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {holidayHoursExistingChoices.map((value) => (
          <ChoiceOption
            key={value}
            id={`existing-${value}`}
            type="radio"
            name="onExisting"
            value={value}
            defaultChecked={onExisting === value}
            label={t(`existing.${value}`)}
            hint={t(`existingHints.${value}`)}
          />
        ))}
      </div>
      <ChoiceErrors errors={errors.onExisting} />
    </fieldset>
  );
}
