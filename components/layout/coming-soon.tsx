import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireMember } from '@/lib/organisations/member-context';

type Area = 'listings' | 'checkins' | 'benchmarks';

export async function comingSoonMetadata(area: Area): Promise<Metadata> {
  return { title: (await getTranslations('comingSoon'))(`${area}Title`) };
}

/** A planned area that is not built yet: the page says what will be here rather than pretend. */
export async function ComingSoon({ area, params }: { area: Area; params: Promise<{ slug: string }> }) {
  await requireMember((await params).slug);
  const t = await getTranslations('comingSoon');
  return (
    <>
      <PageHeader title={t(`${area}Title`)} />
      <EmptyState badge={t('badge')} title={t(`${area}Title`)} text={t(`${area}Text`)} />
    </>
  );
}
