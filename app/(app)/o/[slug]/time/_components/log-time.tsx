import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import type { PlatformListItem } from '@/lib/listings/platforms';
import type { listMembers } from '@/lib/organisations/members';
import type { loggableLocations } from '@/lib/time-entries/log-options';
import { oldestLoggableDate, type listRecentTimeEntries } from '@/lib/time-entries/time-entries';
import { createTimeEntryAction } from '../_actions/create-time-entry';
import { QuickLogForm } from './quick-log-form';

type Props = {
  slug: string;
  isManager: boolean;
  membershipId: string;
  /** Today in the organisation's time zone, as 2026-02-03. */
  today: string;
  locations: Awaited<ReturnType<typeof loggableLocations>>;
  /** Where the list of locations was cut off, if it was. */
  truncatedAt: number | undefined;
  enabledPlatforms: PlatformListItem[];
  /** Managers log for any member. */
  members: Awaited<ReturnType<typeof listMembers>>;
  /** The member's last entry, whose location, platform and activity the form starts with. */
  last: Awaited<ReturnType<typeof listRecentTimeEntries>>[number] | undefined;
};

const firstOf = <T extends { id: string }>(items: T[], preferred: string | undefined) =>
  items.find((item) => item.id === preferred)?.id ?? items[0]?.id ?? '';

/** The quick log form, or what is missing for it: a location, or an enabled platform. */
export async function LogTime(props: Props) {
  const { slug, isManager, today, locations, enabledPlatforms, last } = props;
  const t = await getTranslations('timeEntries');
  if (locations.locations.length === 0) {
    return (
      <EmptyState
        title={t('noLocationsTitle')}
        text={isManager ? t('noLocationsManager') : t('noLocationsStaff')}
        action={
          isManager ? (
            <ButtonLink href={`/o/${slug}/locations/new`}>{t('addLocation')}</ButtonLink>
          ) : undefined
        }
      />
    );
  }
  if (enabledPlatforms.length === 0) {
    return (
      <EmptyState
        title={t('noPlatformsTitle')}
        text={t('noPlatformsText')}
        action={
          isManager ? (
            <ButtonLink href={`/o/${slug}/settings/platforms`}>{t('managePlatforms')}</ButtonLink>
          ) : undefined
        }
      />
    );
  }
  return (
    <QuickLogForm
      action={createTimeEntryAction.bind(null, slug)}
      today={today}
      oldest={oldestLoggableDate(today)}
      locations={locations.locations.map((location) => ({
        id: location.id,
        label: `${location.name} (${location.storeCode})`,
        mine: location.assignedToMe,
      }))}
      truncatedAt={props.truncatedAt}
      platforms={enabledPlatforms.map((platform) => ({ id: platform.id, name: platform.name }))}
      members={isManager ? props.members.map((row) => ({ id: row.id, name: row.user.name })) : undefined}
      defaults={{
        locationId: firstOf(locations.locations, last?.location.id),
        platformId: firstOf(enabledPlatforms, last?.platform.id),
        activity: last?.activity ?? 'POSTING',
        membershipId: props.membershipId,
      }}
    />
  );
}
