import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { mayManageGroups } from '@/lib/location-groups/access';
import { locationGroupRollUps } from '@/lib/location-groups/roll-ups';
import { requireMember, requireRoleForPage } from '@/lib/organisations/member-context';
import { RollUpTable } from './_components/roll-up-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('locationGroups'))('title') };
}

/** The groups with this week's figures; staff have no groups (lib/location-groups/access.ts). */
export default async function LocationGroupsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  requireRoleForPage(member, 'MANAGER');
  const [rows, t] = await Promise.all([locationGroupRollUps(member), getTranslations('locationGroups')]);
  const manage = mayManageGroups(member);
  const groups = rows.filter((row) => row.id !== null);
  const createButton = manage ? <ButtonLink href={`/o/${slug}/groups/new`}>{t('create')}</ButtonLink> : null;
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} actions={groups.length > 0 ? createButton : null} />
      {!manage && <p className="mb-4 max-w-prose text-sm text-slate-700">{t('readOnly')}</p>}
      {groups.length === 0 ? (
        <EmptyState
          title={t('emptyTitle')}
          text={manage ? t('emptyText') : t('emptyReadOnlyText')}
          action={createButton}
        />
      ) : (
        <Card>
          <RollUpTable slug={slug} rows={rows} />
        </Card>
      )}
    </>
  );
}
