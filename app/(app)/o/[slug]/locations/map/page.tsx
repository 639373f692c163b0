import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocationsTabs } from '@/components/locations/locations-tabs';
import { LocationsMap } from '@/components/map/locations-map';
import { MapLegend } from '@/components/map/map-legend';
import { mapStrings } from '@/components/map/map-strings';
import { ActionForm } from '@/components/ui/action-form';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { SubmitButton } from '@/components/ui/submit-button';
import { PageHeader } from '@/components/ui/page-header';
import { env } from '@/lib/env';
import { countMapLocations } from '@/lib/map/map-data';
import { hasRole } from '@/lib/access/member-context';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { resolveGroupFilter } from '@/lib/access/group-filter';
import { isGroupLimited } from '@/lib/access/location-scope';
import { loadAppShellData } from '@/lib/organisations/app-shell-data';
import { GroupFilter } from '@/components/locations/group-filter';
import { groupFilterParam } from '@/lib/access/group-filter-param';
import { placeUnplacedLocationsAction } from './_actions/place-unplaced-locations';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('locationMap'))('title') };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function LocationMapPage({ params, searchParams }: Props) {
  const member = await requireMember((await params).slug);
  const group = groupFilterParam.parse((await searchParams).group);
  // A foreign, malformed or out-of-limit group is a 404, like any other foreign id.
  const { groupOptions: groups } = await loadAppShellData(member);
  const groupId = await findOrNotFound(resolveGroupFilter(member, group, groups));
  const { located, approximate, withoutCoordinates } = await countMapLocations(member, { groupId });
  const t = await getTranslations('locationMap');
  const listHref = `/o/${member.organisation.slug}/locations`;
  const withoutPositionHref = `${listHref}?position=none${groupId ? `&group=${groupId}` : ''}`;
  // Locations saved before positions came from the address: a manager places them in one go.
  const placeUnplaced = withoutCoordinates > 0 && !groupId && hasRole(member, 'MANAGER') && (
    <ActionForm action={placeUnplacedLocationsAction.bind(null, member.organisation.slug)} className="mb-4">
      <SubmitButton variant="secondary">{t('placeUnplaced')}</SubmitButton>
    </ActionForm>
  );
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <LocationsTabs
        slug={member.organisation.slug}
        current="map"
        canImport={hasRole(member, 'MANAGER') && !isGroupLimited(member)}
        groupId={groupId}
      />
      <div className="mb-4">
        <GroupFilter
          action={`/o/${member.organisation.slug}/locations/map`}
          options={groups}
          selected={groupId}
          limited={isGroupLimited(member)}
        />
      </div>
      {withoutCoordinates > 0 && located > 0 && (
        <p className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('withoutCoordinates', { count: withoutCoordinates })}{' '}
          <Link href={withoutPositionHref} className="font-semibold underline underline-offset-2">
            {t('withoutCoordinatesLink')}
          </Link>
        </p>
      )}
      {placeUnplaced}
      {located === 0 ? (
        <EmptyState
          title={t('emptyTitle')}
          text={`${t('emptyText')}${withoutCoordinates > 0 ? ` ${t('withoutCoordinates', { count: withoutCoordinates })}` : ''}`}
          action={
            <ButtonLink href={withoutCoordinates > 0 ? withoutPositionHref : listHref}>
              {t('emptyAction')}
            </ButtonLink>
          }
        />
      ) : (
        <LocationsMap
          organisationSlug={member.organisation.slug}
          tileUrl={env().MAP_TILE_URL}
          tileAttribution={env().MAP_TILE_ATTRIBUTION}
          strings={mapStrings(t)}
          legend={<MapLegend approximate={approximate} />}
          groupId={groupId}
        />
      )}
    </>
  );
}
