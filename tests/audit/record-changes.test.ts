import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/db/prisma';
import { createTeam, createTestUser, expectAppError } from '@/tests/support/factories';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { logTime, teamWithLocations } from '@/lib/time-entries/test-support';
import { cleanUserAgent, eventsOf, requestHeaders } from './audit-test-support';

vi.mock('next/headers', () => ({ headers: async () => requestHeaders, cookies: async () => new Map() }));
const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string } }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
// Form actions translate their messages; outside a Next.js request the message key will do.
vi.mock('next-intl/server', () => ({
  getTranslations: async () => Object.assign((key: string) => key, { has: () => true }),
}));

const { inviteMember, revokeInvitation, acceptInvitation } = await import('@/lib/organisations/invitations');
const { changeMemberRole, removeMember } = await import('@/lib/organisations/members');
const { createApiToken, revokeApiToken } = await import('@/lib/api-tokens/api-tokens');
const { createCalendarFeed, revokeCalendarFeed } = await import('@/lib/calendar/calendar-feeds');
const { setLocationArchived } = await import('@/lib/locations/locations');
const { applyLocationImport } = await import('@/lib/locations/csv/import-locations');
const { deleteCustomPlatform } = await import('@/lib/listings/platforms');
const { deleteBenchmarkSet } = await import('@/lib/benchmarks/benchmark-sets');
const { deleteTimeEntry } = await import('@/lib/time-entries/time-entries');
const { addTestLocation } = await import('@/tests/support/factories');
const { saveCheckInDraft, submitCheckIn } = await import('@/lib/checkins/write');
const { draft, teamWithAssignedLocation } = await import('@/lib/checkins/test-support');
const { reopenCheckInAction } =
  await import('@/app/(app)/o/[slug]/locations/[locationId]/checkins/[week]/_actions/reopen-check-in');
const locationRoute = await import('@/app/api/v1/locations/[id]/route');
const { createToken } = await import('@/scripts/lib/admin-commands');

const importHeader = 'Store code,Business name,Address line 1,Locality,Postal code';
const importRow = (code: string, city = 'Bremerhaven') =>
  `${code},Bäckerei ${code},Hafenstraße 1,${city},27576`;

describe('member events', () => {
  it('records invitation, joining, role change and removal, each once, by the acting member', async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    const invitee = await createTestUser({ label: 'invitee' });
    const { link } = await inviteMember(team.owner, { email: invitee.email, role: 'STAFF' });
    await inviteMember(team.owner, { email: 'second@ortsbild.test', role: 'MANAGER' });
    const secondInvitation = await db.invitation.findFirstOrThrow({
      where: { organisationId, email: 'second@ortsbild.test' },
    });
    await revokeInvitation(team.owner, secondInvitation.id);
    await acceptInvitation(invitee, new URL(link!).pathname.split('/').at(-1)!);
    const joined = await db.membership.findFirstOrThrow({ where: { organisationId, userId: invitee.id } });
    await changeMemberRole(team.owner, joined.id, 'MANAGER');
    await removeMember(team.owner, joined.id);

    const ownerActor = { userId: team.users.owner.id, actorLabel: team.users.owner.email, apiTokenId: null };
    const origin = { ipAddress: '203.0.113.7', userAgent: cleanUserAgent };
    const [invited, ...moreInvited] = await eventsOf('member.invited', { organisationId });
    expect(moreInvited).toHaveLength(1);
    expect(invited).toMatchObject({ ...ownerActor, ...origin, targetType: 'invitation' });
    expect(invited!.details).toEqual({ email: invitee.email, role: 'STAFF' });
    expect(await eventsOf('member.invitation_revoked', { organisationId })).toMatchObject([
      { ...ownerActor, targetId: secondInvitation.id, details: { email: 'second@ortsbild.test' } },
    ]);
    expect(await eventsOf('member.joined', { organisationId })).toMatchObject([
      { userId: invitee.id, actorLabel: invitee.email, targetId: joined.id, details: { role: 'STAFF' } },
    ]);
    expect(await eventsOf('member.role_changed', { organisationId })).toMatchObject([
      { ...ownerActor, ...origin, targetType: 'membership', targetId: joined.id },
    ]);
    const [roleChange] = await eventsOf('member.role_changed', { organisationId });
    expect(roleChange!.details).toEqual({ member: invitee.email, from: 'STAFF', to: 'MANAGER' });
    expect(await eventsOf('member.removed', { organisationId })).toMatchObject([
      {
        ...ownerActor,
        targetId: joined.id,
        details: { member: invitee.email, role: 'MANAGER', left: false },
      },
    ]);
  });

  it('writes no event when the change is refused and rolled back', async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    await expectAppError(changeMemberRole(team.owner, team.owner.membershipId, 'STAFF'), 'LAST_OWNER');
    await expectAppError(removeMember(team.owner, team.owner.membershipId), 'LAST_OWNER');
    expect(await db.membership.findUniqueOrThrow({ where: { id: team.owner.membershipId } })).toMatchObject({
      role: 'OWNER',
    });
    expect(await db.auditEvent.count({ where: { organisationId, action: { startsWith: 'member.' } } })).toBe(
      0,
    );
  });
});

describe('token events', () => {
  it('records API tokens (app and admin CLI) and calendar feeds, with control characters stripped from names', async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    const { record } = await createApiToken(team.manager, { name: 'Kasse\nFiliale\u0007 2' });
    await revokeApiToken(team.owner, record.id);
    await createCalendarFeed(team.staff);
    await revokeCalendarFeed(team.staff);

    const [created] = await eventsOf('api_token.created', { organisationId });
    expect(created).toMatchObject({
      userId: team.users.manager.id,
      targetType: 'api_token',
      targetId: record.id,
    });
    expect(created!.details).toMatchObject({ name: 'Kasse Filiale  2' });
    expect(await eventsOf('api_token.revoked', { organisationId })).toMatchObject([
      { userId: team.users.owner.id, targetId: record.id },
    ]);
    await createToken(db, { org: team.organisation.slug, name: 'Vom Server' });
    const byAdmin = await db.auditEvent.findMany({ where: { organisationId, actorLabel: 'npm run admin' } });
    expect(byAdmin).toMatchObject([
      {
        action: 'api_token.created',
        userId: null,
        apiTokenId: null,
        ipAddress: null,
        details: { name: 'Vom Server' },
      },
    ]);
    for (const action of ['calendar_feed.created', 'calendar_feed.revoked']) {
      expect(await eventsOf(action, { organisationId }), action).toMatchObject([
        { userId: team.users.staff.id, targetId: team.staff.membershipId, ipAddress: '203.0.113.7' },
      ]);
    }
  });
});

describe('data and deletion events', () => {
  it('records imports with their counts, and nothing for an all-or-nothing import that wrote nothing', async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    const csv = [importHeader, importRow('A-1'), importRow('A-2')].join('\n');
    await applyLocationImport(team.manager, csv, { allOrNothing: false });
    const changed = [importHeader, importRow('A-1', 'Bremen'), importRow('A-2'), importRow('A-3')].join('\n');
    await applyLocationImport(team.manager, changed, { allOrNothing: false });
    const broken = [importHeader, importRow('A-4'), 'A-5,,,,'].join('\n');
    const refused = await applyLocationImport(team.manager, broken, { allOrNothing: true });
    expect(refused.applied).toBe(false);

    const events = await eventsOf('locations.imported', { organisationId });
    expect(events.map((event) => event.details)).toEqual([
      { created: 2, updated: 0, unchanged: 0, rejected: 0, allOrNothing: false },
      { created: 1, updated: 1, unchanged: 1, rejected: 0, allOrNothing: false },
    ]);
    expect(events[0]).toMatchObject({ userId: team.users.manager.id, ipAddress: '203.0.113.7' });
  });

  it('records archiving, restoring, and deletions by members and by API tokens', async () => {
    const team = await teamWithLocations();
    const organisationId = team.organisation.id;
    await setLocationArchived(team.manager, team.locationId, true);
    await setLocationArchived(team.manager, team.locationId, false);

    const token = await tokenFor(team.manager, 'Warenwirtschaft');
    const doomed = await addTestLocation(team.owner, { name: 'Filiale Wulsdorf' });
    const response = await callApi(locationRoute.DELETE, {
      token,
      method: 'DELETE',
      path: `/api/v1/locations/${doomed}`,
      params: { id: doomed },
    });
    expect(response.status).toBe(204);

    const platform = await db.platform.create({
      data: { key: `custom-${crypto.randomUUID()}`, organisationId, name: 'Stadtportal', kind: 'DIRECTORY' },
    });
    await deleteCustomPlatform(team.manager, platform.id);
    const set = await db.benchmarkSet.create({
      data: { organisationId, name: 'Eigene Umfrage', source: 'Kammer', year: 2025, sampleSize: 80 },
    });
    await deleteBenchmarkSet(team.owner, set.id);
    const entry = await logTime(team.staff, {
      locationId: team.locationId,
      platformId: team.google,
      minutes: 45,
    });
    await deleteTimeEntry(team.staff, entry.id);

    const location = { name: 'Filiale Lehe', storeCode: expect.any(String) };
    expect(await eventsOf('location.archived', { organisationId })).toMatchObject([
      { userId: team.users.manager.id, targetType: 'location', targetId: team.locationId, details: location },
    ]);
    expect(await eventsOf('location.restored', { organisationId })).toHaveLength(1);
    const apiToken = await db.apiToken.findFirstOrThrow({
      where: { organisationId, name: 'Warenwirtschaft' },
    });
    expect(await eventsOf('location.deleted', { organisationId })).toMatchObject([
      { apiTokenId: apiToken.id, userId: null, actorLabel: 'API: Warenwirtschaft', targetId: doomed },
    ]);
    expect(await eventsOf('platform.deleted', { organisationId })).toMatchObject([
      { targetId: platform.id, details: { name: 'Stadtportal' } },
    ]);
    expect(await eventsOf('benchmark_set.deleted', { organisationId })).toMatchObject([
      { userId: team.users.owner.id, targetId: set.id, details: { name: 'Eigene Umfrage' } },
    ]);
    expect(await eventsOf('time_entry.deleted', { organisationId })).toMatchObject([
      { userId: team.users.staff.id, targetId: entry.id, details: { date: '2026-11-26', minutes: 45 } },
    ]);
  });
});

describe('refused authorisation', () => {
  it('records a refused form, page and API request with what was asked and the role held', async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    const { memberAction } = await import('@/lib/forms/member-action');
    const { assertRole } = await import('@/lib/access/member-context');
    const { requireRoleForPage } = await import('@/lib/organisations/member-context');
    const { apiRoute } = await import('@/lib/api/api-route');

    signedIn.user = team.users.staff;
    const ownersOnly = memberAction(z.object({}), async (member) => {
      assertRole(member, 'OWNER');
      return { status: 'success' };
    });
    expect(await ownersOnly(team.organisation.slug, { status: 'idle' }, new FormData())).toMatchObject({
      status: 'error',
    });

    expect(() => requireRoleForPage(team.manager, 'OWNER')).toThrow();

    const ownersOnlyEndpoint = apiRoute(async (_request, { member }) => {
      assertRole(member, 'OWNER');
      return new Response(null, { status: 204 });
    });
    const response = await callApi(ownersOnlyEndpoint, {
      token: await tokenFor(team.owner),
      method: 'POST',
      path: '/api/v1/owners-only',
    });
    expect(response.status).toBe(403);

    // The page's record is written on the side, so that the 404 does not wait for it.
    await vi.waitFor(async () => expect(await eventsOf('access.denied', { organisationId })).toHaveLength(3));
    const events = await eventsOf('access.denied', { organisationId });
    const byKind = Object.fromEntries(
      events.map((event) => [(event.details as { request: string }).request, event]),
    );
    expect(byKind.action).toMatchObject({ userId: team.users.staff.id, details: { role: 'STAFF' } });
    expect(byKind.page).toMatchObject({
      userId: team.users.manager.id,
      details: { role: 'MANAGER', required: 'OWNER' },
    });
    expect(byKind.api).toMatchObject({
      userId: null,
      apiTokenId: expect.any(String),
      details: { role: 'MANAGER', path: 'POST /api/v1/owners-only' },
    });
    expect(events.every((event) => event.ipAddress === '203.0.113.7')).toBe(true);
  });

  it('records a refused reopen of a check-in (a staff member) like any other refused form', async () => {
    const team = await teamWithAssignedLocation();
    const organisationId = team.organisation.id;
    const w48 = { year: 2026, week: 48 };
    const lateNovember = new Date('2026-11-26T19:00:00Z');
    const saved = await saveCheckInDraft(team.staff, team.locationId, w48, draft({}), lateNovember);
    await submitCheckIn(team.staff, team.locationId, w48, saved.version, lateNovember);

    signedIn.user = team.users.staff;
    const answer = await reopenCheckInAction(
      team.organisation.slug,
      team.locationId,
      '2026-W48',
      { status: 'idle' },
      new FormData(),
    );
    expect(answer).toMatchObject({ status: 'error', message: 'errors.FORBIDDEN' });
    expect(await eventsOf('access.denied', { organisationId })).toMatchObject([
      {
        userId: team.users.staff.id,
        ipAddress: '203.0.113.7',
        details: { request: 'action', role: 'STAFF' },
      },
    ]);
    expect(await db.checkIn.findFirstOrThrow({ where: { locationId: team.locationId } })).toMatchObject({
      status: 'SUBMITTED',
    });
  });
});
