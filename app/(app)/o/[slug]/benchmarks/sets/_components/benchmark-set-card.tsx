import { getLocale, getTranslations } from 'next-intl/server';
import { formatShare, localised } from '@/components/benchmarks/format';
import { ActionForm } from '@/components/ui/action-form';
import { Card } from '@/components/ui/card';
import { SubmitButton } from '@/components/ui/submit-button';
import type { BenchmarkSetView } from '@/lib/benchmarks/benchmark-sets';
import { benchmarkMetrics } from '@/lib/benchmarks/schemas';
import { deleteBenchmarkSetAction } from '../_actions/delete-benchmark-set';

type Props = {
  slug: string;
  set: BenchmarkSetView;
  /** Managers delete the organisation's own sets. */
  canEdit: boolean;
};

/** One benchmark set: name, built-in or own, its source, notes, and its figures folded away. */
export async function BenchmarkSetCard({ slug, set, canEdit }: Props) {
  const t = await getTranslations('benchmarks.sets');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  return (
    <Card className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3" data-set={set.name}>
        <div className="min-w-0">
          <h2 className="text-base font-semibold text-slate-900">
            {set.name}{' '}
            <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">
              {set.builtIn ? t('builtIn') : t('own')}
            </span>
          </h2>
          <p className="text-sm text-slate-700">
            {tPage('source', {
              source: set.source,
              year: String(set.year),
              sampleSize: set.sampleSize.toLocaleString(locale),
            })}
          </p>
          {set.sourceUrl && (
            <a
              href={set.sourceUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="text-brand-800 text-sm hover:underline"
            >
              {t('sourceLink')}
              <span className="sr-only"> ({t('opensInNewTab')})</span>
            </a>
          )}
          {set.notes && <p className="mt-1 text-sm text-slate-600">{set.notes}</p>}
        </div>
        {canEdit && !set.builtIn && (
          <ActionForm
            action={deleteBenchmarkSetAction.bind(null, slug)}
            confirmMessage={t('deleteConfirm', { name: set.name })}
            quietOnSuccess
          >
            <input type="hidden" name="setId" value={set.id} />
            <SubmitButton variant="danger">
              {t('delete')}
              <span className="sr-only"> {set.name}</span>
            </SubmitButton>
          </ActionForm>
        )}
      </div>
      <SetFigures set={set} />
    </Card>
  );
}

/** The set's figures by metric, each with its share of the sample. */
async function SetFigures({ set }: { set: BenchmarkSetView }) {
  const t = await getTranslations('benchmarks.sets');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  return (
    <details className="text-sm">
      <summary className="flex min-h-11 cursor-pointer items-center font-medium text-slate-800">
        {t('figures', { count: set.figures.length })}
      </summary>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {benchmarkMetrics.map((metric) => {
          const figures = set.figures.filter((figure) => figure.metric === metric);
          if (figures.length === 0) return null;
          return (
            <div key={metric}>
              <dt className="font-semibold text-slate-800">{t(`metric.${metric}`)}</dt>
              {figures.map((figure) => (
                <dd key={figure.id} className="text-slate-700">
                  {localised(figure.label, locale)}:{' '}
                  {tPage('percent', { value: formatShare(locale, figure.sharePercent) })}
                </dd>
              ))}
            </div>
          );
        })}
      </dl>
    </details>
  );
}
