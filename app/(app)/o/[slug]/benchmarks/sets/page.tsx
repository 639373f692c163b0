import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatShare, localised } from '@/components/benchmarks/format';
import { ActionForm } from '@/components/ui/action-form';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SubmitButton } from '@/components/ui/submit-button';
import { listBenchmarkSets, type BenchmarkSetView } from '@/lib/benchmarks/benchmark-sets';
import { benchmarkMetrics } from '@/lib/benchmarks/schemas';
import { listPlatforms } from '@/lib/listings/platforms';
import { hasRole } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
import { createBenchmarkSetAction } from './_actions/create-benchmark-set';
import { deleteBenchmarkSetAction } from './_actions/delete-benchmark-set';
import { BenchmarkSetForm } from './_components/benchmark-set-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('benchmarks.sets'))('title') };
}

/** The benchmark sets with their source, year and sample size; managers add and delete their own. */
export default async function BenchmarkSetsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const canEdit = hasRole(member, 'MANAGER');
  const [sets, platforms] = await Promise.all([
    listBenchmarkSets(member),
    canEdit ? listPlatforms(member) : [],
  ]);
  const t = await getTranslations('benchmarks.sets');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();

  const setCard = (set: BenchmarkSetView) => (
    <Card key={set.id} className="space-y-3">
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
    </Card>
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <ButtonLink href={`/o/${slug}/benchmarks`} variant="secondary">
            {t('back')}
          </ButtonLink>
        }
      />
      <div className="space-y-6">
        {sets.map(setCard)}
        {canEdit ? (
          <Card title={t('createTitle')}>
            <p className="mb-4 text-sm text-slate-600">{t('createIntro')}</p>
            <BenchmarkSetForm
              action={createBenchmarkSetAction.bind(null, slug)}
              platforms={platforms
                .filter((platform) => !platform.isCustom)
                .map((platform) => ({ key: platform.key, name: platform.name }))}
            />
          </Card>
        ) : (
          <p className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
            {t('readOnly')}
          </p>
        )}
      </div>
    </>
  );
}
