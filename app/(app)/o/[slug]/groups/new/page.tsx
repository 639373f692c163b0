import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { mayManageGroups } from '@/lib/location-groups/access';
import { requireMember, requireRoleForPage } from '@/lib/organisations/member-context';
import { createLocationGroupAction } from '../_actions/group-actions';
import { GroupForm } from '../_components/group-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('locationGroups'))('newTitle') };
}

export default async function NewLocationGroupPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  requireRoleForPage(member, 'MANAGER');
  if (!mayManageGroups(member)) notFound();
  const t = await getTranslations('locationGroups');
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/o/${slug}/groups`} className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('newTitle')} />
      <Card>
        <GroupForm
          action={createLocationGroupAction.bind(null, slug)}
          initial={{ name: '', kind: 'REGION', mode: 'rule', ruleField: 'CITY', ruleValue: '' }}
          submitLabel={t('create')}
        />
      </Card>
    </>
  );
}
