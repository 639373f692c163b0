import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listBenchmarkSets } from '@/lib/benchmarks/benchmark-sets';
import { listPlatforms } from '@/lib/listings/platforms';
import { hasRole } from '@/lib/access/member-context';
import { isGroupLimited } from '@/lib/access/location-scope';
import { requireMember } from '@/lib/organisations/member-context';
import { createBenchmarkSetAction } from './_actions/create-benchmark-set';
import { BenchmarkSetCard } from './_components/benchmark-set-card';
import { BenchmarkSetForm } from './_components/benchmark-set-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('benchmarks.sets'))('title') };
}

/** The benchmark sets with their source, year and sample size; managers add and delete their own. */
export default async function BenchmarkSetsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  // Benchmark sets are the organisation's: managers limited to location groups read them only.
  const canEdit = hasRole(member, 'MANAGER') && !isGroupLimited(member);
  const [sets, platforms] = await Promise.all([
    listBenchmarkSets(member),
    canEdit ? listPlatforms(member) : [],
  ]);
  const t = await getTranslations('benchmarks.sets');

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
        {sets.map((set) => (
          <BenchmarkSetCard key={set.id} slug={slug} set={set} canEdit={canEdit} />
        ))}
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
