import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { trendRangeOf } from '@/components/score-history/trend-range';
import { getLocation } from '@/lib/locations/locations';
import { hasRole } from '@/lib/access/member-context';
import { isGroupLimited } from '@/lib/access/location-scope';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { loadLocationPublishing } from '@/lib/publishing/json-ld/location-publishing';
import { HoursCard } from './_components/hours-card';
import { LocationHistory } from './_components/location-history';
import { LocationHeader } from './_components/location-header';
import { MasterDataCard } from './_components/master-data-card';
import { PositionCard } from './_components/position-card';
import { PublishingCard } from './_components/publishing-card';

type Props = {
  params: Promise<{ slug: string; locationId: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locationId } = await params;
  const location = await findOrNotFound(getLocation(await requireMember(slug), locationId));
  return { title: location.name };
}

export default async function LocationPage({ params, searchParams }: Props) {
  const { slug, locationId } = await params;
  const member = await requireMember(slug);
  const location = await findOrNotFound(getLocation(member, locationId));
  const t = await getTranslations('locations');
  const canEdit = hasRole(member, 'MANAGER');
  const base = `/o/${slug}/locations`;

  return (
    <>
      <p className="mb-3">
        <Link href={base} className="text-brand-700 text-sm font-medium hover:underline">
          ← {t('detail.backToList')}
        </Link>
      </p>
      <LocationHeader
        slug={slug}
        location={location}
        base={base}
        canEdit={canEdit}
        canArchive={canEdit && !isGroupLimited(member)}
        isAssignee={location.assignedMembershipId === member.membershipId}
        timeZone={member.organisation.timeZone}
      />
      {location.archivedAt && (
        <p
          role="status"
          className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t('detail.archivedNotice')}
        </p>
      )}

      <div className="grid gap-4 lg:grid-cols-2">
        <MasterDataCard location={location} />
        <HoursCard location={location} />
        <PositionCard location={location} base={base} canEdit={canEdit} />
      </div>
      <PublishingCard publishing={await loadLocationPublishing(member, location, await absoluteUrl('/'))} />
      <LocationHistory
        member={member}
        locationId={location.id}
        range={trendRangeOf((await searchParams)?.verlauf)}
        href={`${base}/${location.id}`}
      />
    </>
  );
}
