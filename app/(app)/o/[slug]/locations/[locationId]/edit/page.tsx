import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LocationForm } from '@/components/locations/location-form';
import { PageHeader } from '@/components/ui/page-header';
import { pinPickerSettings } from '@/lib/locations/map-settings';
import { approximateOf, locationToFormValues } from '@/lib/locations/form-values';
import { getLocation } from '@/lib/locations/locations';
import { findOrNotFound, requireMember, requireRoleForPage } from '@/lib/organisations/member-context';
import { listMemberNames } from '@/lib/organisations/members';
import { updateLocationAction } from '../../_actions/update-location';

type Props = { params: Promise<{ slug: string; locationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('locations.detail'))('edit') };
}

export default async function EditLocationPage({ params }: Props) {
  const { slug, locationId } = await params;
  const member = await requireMember(slug);
  requireRoleForPage(member, 'MANAGER');
  const location = await findOrNotFound(getLocation(member, locationId));
  const [members, t] = await Promise.all([listMemberNames(member), getTranslations('locations.form')]);
  return (
    <>
      <PageHeader title={t('editTitle', { name: location.name })} />
      <LocationForm
        action={updateLocationAction.bind(null, slug)}
        locationId={location.id}
        initial={locationToFormValues(location)}
        members={members}
        map={{ ...pinPickerSettings(slug), approximate: approximateOf(location) }}
        cancelHref={`/o/${slug}/locations/${location.id}`}
      />
    </>
  );
}
