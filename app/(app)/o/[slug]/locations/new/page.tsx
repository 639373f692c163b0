import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LocationForm } from '@/components/locations/location-form';
import { PageHeader } from '@/components/ui/page-header';
import { pinPickerSettings } from '@/lib/locations/map-settings';
import { emptyLocationFormValues } from '@/lib/locations/form-values';
import { isStoreCodeRequired } from '@/lib/locations/locations';
import { requireMember, requireRoleForPage } from '@/lib/organisations/member-context';
import { isGroupLimited } from '@/lib/access/location-scope';
import { listMemberNames } from '@/lib/organisations/members';
import { createLocationAction } from '../_actions/create-location';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('locations.form'))('newTitle') };
}

export default async function NewLocationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  requireRoleForPage(member, 'MANAGER');
  // A manager limited to location groups creates no locations (lib/access/group-filter.ts).
  if (isGroupLimited(member)) notFound();
  const [members, storeCodeRequired, t] = await Promise.all([
    listMemberNames(member),
    isStoreCodeRequired(member),
    getTranslations('locations.form'),
  ]);
  return (
    <>
      <PageHeader title={t('newTitle')} />
      <LocationForm
        action={createLocationAction.bind(null, slug)}
        initial={emptyLocationFormValues}
        members={members}
        storeCodeRequired={storeCodeRequired}
        map={pinPickerSettings(slug)}
        cancelHref={`/o/${slug}/locations`}
      />
    </>
  );
}
