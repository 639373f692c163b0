'use client';

import type { ComponentProps } from 'react';
import { useTranslations } from 'next-intl';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { benchmarkMetrics, type BenchmarkMetricValue } from '@/lib/benchmarks/metrics';
import { controlClassWith } from '@/components/ui/control-class';

// A fixed number of rows per metric; rows left blank are dropped by the schema. Plain inputs,
// so the form works before any JavaScript has loaded.
const rowsPerMetric: Record<BenchmarkMetricValue, number> = {
  ACTIVE_SHARE: 1,
  DAILY_TIME: 5,
  POST_FREQUENCY: 4,
  PLATFORM_USAGE: 8,
  GOAL: 6,
};

const inputClass = controlClassWith('mt-1 w-full');

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  platforms: { key: string; name: string }[];
};

type Values = Record<string, string>;

export function BenchmarkSetForm({ action, platforms }: Props) {
  const t = useTranslations('benchmarks.sets');
  const [state, formAction, formKey] = useFormAction(action);
  const values: Values = state.status === 'error' ? (state.values ?? {}) : {};
  let index = 0;
  const rows = benchmarkMetrics.map((metric) => ({
    metric,
    indices: Array.from({ length: rowsPerMetric[metric] }, () => index++),
  }));
  return (
    <form key={formKey} action={formAction} className="space-y-5" noValidate>
      <RequiredFieldsNote />
      <SetFields values={values} errors={state.fieldErrors} />
      <div className="space-y-4">
        <h3 className="text-base font-semibold text-slate-900">{t('figuresLegend')}</h3>
        {state.fieldErrors?.figures && (
          <ul id="figures-errors" role="alert" className="space-y-1 text-sm font-medium text-red-700">
            {state.fieldErrors.figures.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
        {rows.map(({ metric, indices }) => (
          <MetricFigures key={metric} metric={metric} rows={indices} values={values} platforms={platforms} />
        ))}
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
    </form>
  );
}

/** The set's name, source and its link, year, sample size and notes. */
function SetFields({ values, errors }: { values: Values; errors: FormState['fieldErrors'] }) {
  const t = useTranslations('benchmarks.sets');
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        name="name"
        label={t('name')}
        required
        maxLength={200}
        defaultValue={values.name}
        errors={errors?.name}
      />
      <TextField
        name="source"
        label={t('source')}
        required
        maxLength={500}
        defaultValue={values.source}
        errors={errors?.source}
      />
      <TextField
        name="sourceUrl"
        type="url"
        label={t('sourceUrl')}
        placeholder="https://"
        defaultValue={values.sourceUrl}
        errors={errors?.sourceUrl}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField
          name="year"
          type="number"
          inputMode="numeric"
          label={t('year')}
          required
          defaultValue={values.year}
          errors={errors?.year}
        />
        <TextField
          name="sampleSize"
          type="number"
          inputMode="numeric"
          min={1}
          label={t('sampleSize')}
          required
          defaultValue={values.sampleSize}
          errors={errors?.sampleSize}
        />
      </div>
      <TextField
        name="notes"
        label={t('notes')}
        maxLength={2000}
        defaultValue={values.notes}
        errors={errors?.notes}
        className="sm:col-span-2"
      />
    </div>
  );
}

type MetricProps = {
  metric: BenchmarkMetricValue;
  /** The figure indices of the metric's rows. */
  rows: number[];
  values: Values;
  platforms: Props['platforms'];
};

/** A metric's rows: label and share, plus the bounds, the posts per week or the platform the metric needs. */
function MetricFigures({ metric, rows, values, platforms }: MetricProps) {
  const t = useTranslations('benchmarks.sets');
  const field = (row: number, name: string, label: string, props: ComponentProps<'input'> = {}) => (
    <FigureField row={row} name={name} label={label} values={values} {...props} />
  );
  return (
    <fieldset className="rounded-lg border border-slate-200 p-3" data-metric={metric}>
      <legend className="px-1 text-sm font-semibold text-slate-800">{t(`metric.${metric}`)}</legend>
      <div className="space-y-3">
        {rows.map((row, position) => (
          <div
            key={row}
            role="group"
            aria-label={`${t(`metric.${metric}`)}, ${t('row', { row: position + 1 })}`}
            className="grid grid-cols-2 gap-2 sm:flex sm:items-end"
          >
            <input type="hidden" name={`figures.${row}.metric`} value={metric} />
            {field(row, 'label', t('label'), { maxLength: 120 })}
            {field(row, 'sharePercent', t('sharePercent'), { inputMode: 'decimal' })}
            {metric === 'DAILY_TIME' && (
              <>
                {field(row, 'minMinutes', t('minMinutes'), { inputMode: 'numeric' })}
                {field(row, 'maxMinutes', t('maxMinutes'), { inputMode: 'numeric' })}
              </>
            )}
            {metric === 'POST_FREQUENCY' &&
              field(row, 'minPostsPerWeek', t('minPostsPerWeek'), { inputMode: 'decimal' })}
            {metric === 'PLATFORM_USAGE' && <PlatformField row={row} values={values} platforms={platforms} />}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** One figure's input, named figures.<row>.<name>, with its label. */
function FigureField({
  row,
  name,
  label,
  values,
  ...props
}: { row: number; name: string; label: string; values: Values } & ComponentProps<'input'>) {
  const id = `figure-${row}-${name}`;
  return (
    <div className={name === 'label' ? 'col-span-2 sm:col-span-1 sm:flex-1' : 'sm:w-32'}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        name={`figures.${row}.${name}`}
        defaultValue={values[`figures.${row}.${name}`]}
        className={inputClass}
        autoComplete="off"
        {...props}
      />
    </div>
  );
}

/** The platform a usage figure is about: one of the catalogue's, or none (blogs, Google+). */
function PlatformField({
  row,
  values,
  platforms,
}: {
  row: number;
  values: Values;
  platforms: Props['platforms'];
}) {
  const t = useTranslations('benchmarks.sets');
  return (
    <div className="sm:w-48">
      <label htmlFor={`figure-${row}-platformKey`} className="block text-xs font-medium text-slate-700">
        {t('platformKey')}
      </label>
      <select
        id={`figure-${row}-platformKey`}
        name={`figures.${row}.platformKey`}
        defaultValue={values[`figures.${row}.platformKey`] ?? ''}
        className={inputClass}
      >
        <option value="">{t('noPlatform')}</option>
        {platforms.map((platform) => (
          <option key={platform.key} value={platform.key}>
            {platform.name}
          </option>
        ))}
      </select>
    </div>
  );
}
