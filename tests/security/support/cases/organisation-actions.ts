// Registry: the server actions under /o/[slug], one case each. Each form carries valid input
// aimed at the victim organisation's records; the harness calls it as every kind of outsider and
// then as the victim's owner (and as staff on their own location where staff may act).
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/prisma';
import { targetFieldName } from '@/lib/listings/bulk-status-form';
import { englishTranslator } from '../request-scope';
import { formDataOf, memberActionCase, memberFormCase, type EntryPointCase } from '../entry-point-case';
import {
  apiTokenRecord,
  benchmarkSet,
  calendarFeedToken,
  customPlatform,
  extraMember,
  listingItem,
  openInvitation,
  submittedCheckIn,
  timeEntry,
  unreadNotification,
} from '../fixtures';

const o = 'app/(app)/o/[slug]';
const saved = { kind: 'form' } as const;
const redirectTo = (to: RegExp) => ({ kind: 'redirect', to }) as const;

const locationFields = (world: { victim: { staff: { member: { membershipId: string } } } }) => ({
  storeCode: `ISO-${randomUUID().slice(0, 6)}`,
  name: 'Bäckerei Deichbrise Hafen',
  street: 'Hafenstraße 12',
  postalCode: '27568',
  city: 'Bremerhaven',
  // A member of the victim: assigning them from another organisation must fail.
  assignedMembershipId: world.victim.staff.member.membershipId,
});

const checkInForm = { version: '0', postsPublished: '3', reviewsAnswered: '1', notes: 'Zwei Posts' };

export const organisationActionCases: EntryPointCase[] = [
  // Benchmarks
  memberFormCase(
    `${o}/benchmarks/sets/_actions/create-benchmark-set.ts#createBenchmarkSetAction`,
    { minimumRole: 'MANAGER', namesRecords: false },
    {
      form: () => ({
        name: 'Umfrage 2025',
        source: 'Eigene Umfrage',
        year: '2025',
        sampleSize: '80',
        'figures.0.metric': 'ACTIVE_SHARE',
        'figures.0.label': 'Aktiv',
        'figures.0.sharePercent': '35',
      }),
      success: saved,
      writes: true,
    },
  ),
  memberFormCase(
    `${o}/benchmarks/sets/_actions/delete-benchmark-set.ts#deleteBenchmarkSetAction`,
    { minimumRole: 'MANAGER', namesRecords: true },
    { prepare: benchmarkSet, form: ({ setId }) => ({ setId }), success: saved, writes: true },
  ),

  // Listings
  memberFormCase(
    `${o}/listings/_actions/bulk-set-status.ts#bulkSetStatusAction`,
    {
      minimumRole: 'MANAGER',
      namesRecords: true,
      // The bulk change skips what is not the organisation's (one statement over all targets):
      // foreign targets change nothing, and the answer says so, as for an unchanged selection.
      foreignAccepts: {
        description: 'success with nothing changed',
        test: (outcome) =>
          outcome.kind === 'returned' &&
          (outcome.value as { message?: string }).message ===
            englishTranslator('listings')('matrix.bulkDone', {
              changed: 0,
              status: englishTranslator('listings')('status.CLAIMED'),
            }),
      },
    },
    {
      form: ({ locationId }, world) => ({
        status: 'CLAIMED',
        [targetFieldName(locationId, world.platformId)]: 'on',
      }),
      success: saved,
      writes: true,
    },
  ),
  memberFormCase(
    `${o}/locations/[locationId]/listings/_actions/update-listing.ts#updateListingAction`,
    { minimumRole: 'STAFF', staffOwnOnly: true, namesRecords: true },
    {
      prepare: listingItem,
      form: ({ locationId }, world) => ({
        locationId,
        platformId: world.platformId,
        version: '1',
        status: 'NEEDS_UPDATE',
        notes: 'Öffnungszeiten prüfen',
      }),
      success: saved,
      writes: true,
    },
  ),

  // Check-ins: (slug, locationId, week, …) are bound by the page.
  memberActionCase(
    `${o}/locations/[locationId]/checkins/[week]/_actions/save-check-in-draft.ts#saveCheckInDraftAction`,
    { minimumRole: 'STAFF', staffOwnOnly: true, namesRecords: true },
    {
      call: (action, { world, target, slug }) =>
        action(
          slug,
          (target as { locationId: string }).locationId,
          world.week,
          null,
          formDataOf(checkInForm),
        ),
      success: { kind: 'returned', check: (value) => (value as { status?: string })?.status === 'saved' },
      writes: true,
    },
  ),
  memberActionCase(
    `${o}/locations/[locationId]/checkins/[week]/_actions/submit-check-in.ts#submitCheckInAction`,
    { minimumRole: 'STAFF', staffOwnOnly: true, namesRecords: true },
    {
      call: (action, { world, target, slug }) =>
        action(slug, target.locationId, world.week, { status: 'idle' }, formDataOf(checkInForm)),
      success: redirectTo(/\/checkins\/\d{4}-W\d{2}$/),
      writes: true,
    },
  ),
  memberActionCase(
    `${o}/locations/[locationId]/checkins/[week]/_actions/reopen-check-in.ts#reopenCheckInAction`,
    { minimumRole: 'MANAGER', namesRecords: true },
    {
      prepare: submittedCheckIn,
      call: (action, { world, target, slug }) =>
        action(slug, target.locationId, world.week, { status: 'idle' }, new FormData()),
      success: redirectTo(/\/checkins\/\d{4}-W\d{2}$/),
      writes: true,
    },
  ),

  // Locations
  memberFormCase(
    `${o}/locations/_actions/create-location.ts#createLocationAction`,
    { minimumRole: 'MANAGER', namesRecords: true, foreignRefusals: ['locations.errors.assigneeInvalid'] },
    {
      form: (_target, world) => locationFields(world),
      success: redirectTo(/^\/o\/[^/]+\/locations\/[0-9a-f-]{36}$/),
      writes: true,
    },
  ),
  memberFormCase(
    `${o}/locations/_actions/update-location.ts#updateLocationAction`,
    { minimumRole: 'MANAGER', namesRecords: true, foreignRefusals: ['locations.errors.assigneeInvalid'] },
    {
      form: ({ locationId }, world) => ({ ...locationFields(world), locationId }),
      success: redirectTo(/^\/o\/[^/]+\/locations\/[0-9a-f-]{36}$/),
      writes: true,
    },
  ),
  memberFormCase(
    `${o}/locations/_actions/set-location-archived.ts#setLocationArchivedAction`,
    { minimumRole: 'MANAGER', namesRecords: true },
    { form: ({ locationId }) => ({ locationId, archived: 'true' }), success: saved, writes: true },
  ),

  memberFormCase(
    `${o}/locations/map/_actions/place-unplaced-locations.ts#placeUnplacedLocationsAction`,
    { minimumRole: 'MANAGER', namesRecords: false },
    {
      // A location saved before positions came from the address: the action has one to place.
      prepare: async (world) => {
        await db.location.update({
          where: { id: world.victim.otherLocationId },
          data: { latitude: null, longitude: null },
        });
        return {};
      },
      form: () => ({}),
      success: saved,
      writes: true,
    },
  ),

  // Notifications and the calendar feed: a member's own only.
  memberFormCase(
    `${o}/notifications/_actions/create-calendar-feed.ts#createCalendarFeedAction`,
    { minimumRole: 'STAFF', namesRecords: false },
    { form: () => ({}), success: saved, writes: true },
  ),
  memberFormCase(
    `${o}/notifications/_actions/revoke-calendar-feed.ts#revokeCalendarFeedAction`,
    { minimumRole: 'STAFF', namesRecords: false },
    {
      prepare: async (world) => ({ token: await calendarFeedToken(world.victim.owner.member) }),
      form: () => ({}),
      success: saved,
      writes: true,
    },
  ),
  memberFormCase(
    `${o}/notifications/_actions/mark-all-notifications-read.ts#markAllNotificationsReadAction`,
    { minimumRole: 'STAFF', namesRecords: false },
    { prepare: (world) => unreadNotification(world), form: () => ({}), success: saved, writes: true },
  ),
  {
    ...memberFormCase(
      `${o}/notifications/_actions/mark-notification-read.ts#markNotificationReadAction`,
      { minimumRole: 'STAFF', namesRecords: true },
      {
        prepare: (world) => unreadNotification(world),
        form: ({ notificationId }) => ({ notificationId }),
        success: saved,
        writes: true,
      },
    ),
    // Notifications are a member's own: a colleague in the same organisation cannot touch them.
    extraProbes: (world) => [
      {
        name: "a staff member, on the owner's notification",
        sessionId: world.victim.staff.sessionId,
        refusals: ['NOT_FOUND'],
      },
    ],
  },

  // Settings
  memberFormCase(
    `${o}/settings/api-tokens/_actions/create-api-token.ts#createApiTokenAction`,
    { minimumRole: 'MANAGER', namesRecords: false },
    { form: () => ({ name: 'Warenwirtschaft' }), success: saved, writes: true },
  ),
  memberFormCase(
    `${o}/settings/api-tokens/_actions/revoke-api-token.ts#revokeApiTokenAction`,
    { minimumRole: 'MANAGER', namesRecords: true },
    { prepare: apiTokenRecord, form: ({ apiTokenId }) => ({ apiTokenId }), success: saved, writes: true },
  ),
  memberFormCase(
    `${o}/settings/checkins/_actions/update-check-in-schedule.ts#updateCheckInScheduleAction`,
    { minimumRole: 'MANAGER', namesRecords: false },
    {
      form: () => ({ checkinWeekday: '2', reminderHour: '7', timeZone: 'Europe/Vienna' }),
      success: saved,
      writes: true,
    },
  ),
  memberFormCase(
    `${o}/settings/members/_actions/change-member-role.ts#changeMemberRoleAction`,
    { minimumRole: 'OWNER', namesRecords: true },
    {
      prepare: extraMember,
      form: ({ membershipId }) => ({ membershipId, role: 'MANAGER' }),
      success: saved,
      writes: true,
    },
  ),
  memberFormCase(
    `${o}/settings/members/_actions/invite-member.ts#inviteMemberAction`,
    { minimumRole: 'OWNER', namesRecords: false },
    {
      form: () => ({ email: `new-${randomUUID()}@ortsbild.test`, role: 'STAFF' }),
      success: saved,
      writes: true,
    },
  ),
  memberFormCase(
    `${o}/settings/members/_actions/remove-member.ts#removeMemberAction`,
    { minimumRole: 'OWNER', namesRecords: true },
    { prepare: extraMember, form: ({ membershipId }) => ({ membershipId }), success: saved, writes: true },
  ),
  memberFormCase(
    `${o}/settings/members/_actions/revoke-invitation.ts#revokeInvitationAction`,
    { minimumRole: 'OWNER', namesRecords: true },
    { prepare: openInvitation, form: ({ invitationId }) => ({ invitationId }), success: saved, writes: true },
  ),
  memberFormCase(
    `${o}/settings/platforms/_actions/apply-business-type.ts#applyBusinessTypeAction`,
    // No ids: the slug is the target; another organisation's platforms must stay as they are.
    { minimumRole: 'MANAGER', namesRecords: false },
    { form: () => ({ businessType: 'CRAFT' }), success: saved, writes: true },
  ),
  memberFormCase(
    `${o}/settings/platforms/_actions/create-custom-platform.ts#createCustomPlatformAction`,
    { minimumRole: 'MANAGER', namesRecords: false },
    { form: () => ({ name: 'Stadtportal', kind: 'DIRECTORY', weight: '2' }), success: saved, writes: true },
  ),
  memberFormCase(
    `${o}/settings/platforms/_actions/delete-custom-platform.ts#deleteCustomPlatformAction`,
    { minimumRole: 'MANAGER', namesRecords: true },
    { prepare: customPlatform, form: ({ platformId }) => ({ platformId }), success: saved, writes: true },
  ),
  memberFormCase(
    `${o}/settings/platforms/_actions/set-freshness-days.ts#setFreshnessDaysAction`,
    { minimumRole: 'MANAGER', namesRecords: false },
    { form: () => ({ freshnessDays: '14' }), success: saved, writes: true },
  ),
  memberFormCase(
    `${o}/settings/platforms/_actions/set-platform-enabled.ts#setPlatformEnabledAction`,
    // The victim's own platform: the catalogue's are everyone's to switch in their organisation.
    { minimumRole: 'MANAGER', namesRecords: true },
    {
      prepare: customPlatform,
      form: ({ platformId }) => ({ platformId, enabled: 'false' }),
      success: saved,
      writes: true,
    },
  ),

  // Time
  {
    ...memberFormCase(
      `${o}/time/_actions/create-time-entry.ts#createTimeEntryAction`,
      {
        minimumRole: 'STAFF',
        staffOwnOnly: true,
        namesRecords: true,
        foreignRefusals: ['timeEntries.errors.locationNotFound'],
      },
      {
        // The victim's own platform, so that it can also be tried on the attacker's location.
        prepare: async (world, locationId) => ({ locationId, ...(await customPlatform(world)) }),
        form: ({ locationId, platformId }, world) => ({
          locationId,
          platformId,
          activity: 'DIALOGUE',
          date: world.today,
          minutes: '25',
        }),
        success: saved,
        writes: true,
      },
    ),
    extraProbes: (world, target) => [
      {
        name: "the owner of another organisation, the victim's platform on its own location",
        sessionId: world.attacker.owner.sessionId,
        slug: world.attacker.organisation.slug,
        target: { ...(target as object), locationId: world.attacker.locationId },
        refusals: ['NOT_FOUND', 'timeEntries.errors.platformNotEnabled'],
      },
    ],
  },
  memberFormCase(
    `${o}/time/_actions/delete-time-entry.ts#deleteTimeEntryAction`,
    { minimumRole: 'STAFF', staffOwnOnly: true, namesRecords: true },
    { prepare: timeEntry, form: ({ timeEntryId }) => ({ id: timeEntryId }), success: saved, writes: true },
  ),
];
