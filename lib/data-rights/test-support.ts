// Test data for the data-rights tests: an organisation with at least one row in every table of
// tenant data (and each member with a session, a reset link and a calendar feed), so exports and
// deletions can be checked table by table. Returns the secrets that must never be exported.
import { randomUUID } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { createApiToken } from '@/lib/api-tokens/api-tokens';
import { db } from '@/lib/db/prisma';
import { hashLinkToken } from '@/lib/security/tokens';
import { addTestLocation, createTeam, platformIdByKey } from '@/tests/support/factories';

export type FilledTeam = Awaited<ReturnType<typeof createFilledTeam>>;

/** A team (owner with a password) whose organisation has rows in every table. */
export async function createFilledTeam(options: { password?: string } = {}) {
  const team = await createTeam();
  const organisationId = team.organisation.id;
  const { owner, manager, staff } = team;
  if (options.password) {
    const { hashPassword } = await import('@/lib/auth/password');
    await db.user.update({
      where: { id: owner.actor.userId },
      data: { passwordHash: await hashPassword(options.password) },
    });
  }
  const instagram = await platformIdByKey('instagram');
  const locationId = await addTestLocation(owner, { assignedMembershipId: staff.membershipId });
  const archivedId = await addTestLocation(owner);
  await db.location.update({ where: { id: archivedId }, data: { archivedAt: new Date() } });
  await db.locationSpecialHours.create({
    data: { locationId, startDate: new Date('2026-12-24'), endDate: new Date('2026-12-26'), closed: true },
  });
  const platform = await db.platform.create({
    data: {
      key: `custom-${randomUUID()}`,
      organisationId,
      name: '=HYPERLINK("http://evil")',
      kind: 'SOCIAL',
    },
  });
  await db.organisationPlatform.create({ data: { organisationId, platformId: instagram, enabled: false } });
  const item = await db.listingItem.create({
    data: {
      organisationId,
      locationId,
      platformId: platform.id,
      status: 'LIVE',
      notes: '+49 471 123',
      rating: 4.5,
    },
  });
  await db.listingChange.create({
    data: {
      listingItemId: item.id,
      changedById: staff.actor.userId,
      changedByName: staff.actor.name,
      changes: { status: { from: 'NOT_STARTED', to: 'LIVE' } },
    },
  });
  await db.listingRatingSnapshot.create({ data: { listingItemId: item.id, rating: 4.5, reviewCount: 12 } });
  const weekStart = new Date('2026-11-23');
  const checkIn = await db.checkIn.create({
    data: {
      organisationId,
      locationId,
      weekStart,
      membershipId: staff.membershipId,
      status: 'SUBMITTED',
      submittedAt: new Date(),
      submittedById: staff.actor.userId,
      notes: '@SUM(A1)',
      minutes: { create: { platformId: instagram, activity: 'POSTING', minutes: 45 } },
    },
  });
  await db.timeEntry.create({
    data: {
      organisationId,
      locationId,
      membershipId: staff.membershipId,
      entryDate: new Date('2026-11-24'),
      weekStart,
      minutes: 30,
      platformId: instagram,
      activity: 'DIALOGUE',
      note: '-2+3',
    },
  });
  await db.benchmarkSet.create({
    data: {
      organisationId,
      name: 'Eigene Umfrage',
      source: 'Innung',
      year: 2026,
      sampleSize: 40,
      figures: {
        create: {
          metric: 'ACTIVE_SHARE',
          key: 'active',
          labelDe: 'Aktiv',
          labelEn: 'Active',
          sharePercent: 55,
        },
      },
    },
  });
  await db.notification.create({
    data: { organisationId, membershipId: staff.membershipId, kind: 'CHECKIN_DUE', weekStart },
  });
  const run = await db.verificationRun.create({
    data: {
      organisationId,
      locationId,
      trigger: 'MANUAL',
      requestedById: owner.actor.userId,
      sources: ['WEBSITE'],
    },
  });
  await db.verificationTask.create({
    data: { runId: run.id, organisationId, locationId, source: 'WEBSITE', status: 'DONE', attempts: 1 },
  });
  await db.locationObservation.create({
    data: {
      organisationId,
      locationId,
      source: 'WEBSITE',
      outcome: 'NO_DATA',
      observedAt: new Date(),
      runId: run.id,
    },
  });
  const snapshot = {
    snapshotDate: new Date('2026-11-30'),
    score: 42,
    coverage: 0.5,
    correctness: 0.4,
    freshness: 0.2,
  };
  await db.locationScoreSnapshot.create({ data: { organisationId, locationId, ...snapshot } });
  await db.organisationScoreSnapshot.create({ data: { organisationId, locations: 1, ...snapshot } });
  const group = await db.locationGroup.create({
    data: { organisationId, name: 'Region Nord', kind: 'REGION' },
  });
  await db.locationGroupMember.create({ data: { groupId: group.id, locationId, organisationId } });
  await db.membershipGroupLimit.create({
    data: { membershipId: manager.membershipId, groupId: group.id, organisationId },
  });
  const webhookSecret = `whsec_${Buffer.from(randomUUID()).toString('base64')}`;
  const endpoint = await db.webhookEndpoint.create({
    data: {
      organisationId,
      url: 'https://erp.example/hooks',
      events: ['location.created'],
      secret: webhookSecret,
    },
  });
  const deliveryId = randomUUID();
  await db.webhookDelivery.create({
    data: {
      id: deliveryId,
      organisationId,
      endpointId: endpoint.id,
      messageId: `msg_${deliveryId}`,
      eventType: 'location.created',
      payload: {
        type: 'location.created',
        timestamp: '2026-12-01T08:00:00.000Z',
        data: { location: { id: locationId } },
      },
      status: 'SUCCEEDED',
      attempts: 1,
      lastStatusCode: 204,
      lastResponseMs: 40,
    },
  });
  const { token: apiToken } = await createApiToken(owner, { name: 'Kasse' });
  const invitationTokenHash = hashLinkToken(randomUUID());
  await db.invitation.create({
    data: {
      organisationId,
      email: `invitee-${randomUUID()}@ortsbild.test`,
      role: 'STAFF',
      tokenHash: invitationTokenHash,
      invitedById: owner.actor.userId,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const calendarTokenHash = hashLinkToken(randomUUID());
  await db.membership.update({ where: { id: staff.membershipId }, data: { calendarTokenHash } });
  const resetTokenHash = hashLinkToken(randomUUID());
  await db.passwordResetToken.create({
    data: {
      userId: owner.actor.userId,
      tokenHash: resetTokenHash,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  await db.authSession.create({
    data: {
      userId: staff.actor.userId,
      expiresAt: new Date(Date.now() + 86_400_000),
      ipAddress: '192.0.2.7',
    },
  });
  await db.auditEvent.create({
    data: {
      organisationId,
      userId: owner.actor.userId,
      actorLabel: owner.actor.email,
      action: 'member.invited',
    },
  });
  const users = await db.user.findMany({
    where: { id: { in: [team.users.owner.id, team.users.manager.id, team.users.staff.id] } },
    select: { passwordHash: true },
  });
  return {
    ...team,
    locationId,
    archivedId,
    checkInId: checkIn.id,
    listingItemId: item.id,
    customPlatformId: platform.id,
    secrets: [
      webhookSecret,
      apiToken,
      hashLinkToken(apiToken),
      invitationTokenHash,
      calendarTokenHash,
      resetTokenHash,
      ...users.flatMap((user) => (user.passwordHash ? [user.passwordHash] : [])),
    ],
  };
}

/** A download read to the end and unpacked: file name → text. */
export async function unzipDownload(stream: ReadableStream<Uint8Array>) {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** Per table of the public schema: how many rows mention any of `values` in any column. */
export async function rowsMentioning(values: string[]) {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM "${name}" t
       WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) v WHERE strpos(t::text, v) > 0)`,
      values,
    );
    if (row && row.count > 0) counts[name] = row.count;
  }
  return counts;
}

/** The ids of every row of the organisation, in every table that has or hangs off one. */
export async function idsOfOrganisation(organisationId: string) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM organisations WHERE id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM memberships WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM invitations WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM locations WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT h.id::text FROM location_special_hours h JOIN locations l ON l.id = h.location_id
      WHERE l.organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM location_groups WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM platforms WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM listing_items WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT c.id::text FROM listing_changes c JOIN listing_items i ON i.id = c.listing_item_id
      WHERE i.organisation_id = ${organisationId}::uuid
    UNION ALL SELECT s.id::text FROM listing_rating_snapshots s JOIN listing_items i ON i.id = s.listing_item_id
      WHERE i.organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM check_ins WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM time_entries WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM benchmark_sets WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT f.id::text FROM benchmark_figures f JOIN benchmark_sets s ON s.id = f.set_id
      WHERE s.organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM notifications WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM verification_runs WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM verification_tasks WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM location_observations WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM webhook_endpoints WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM webhook_deliveries WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM api_tokens WHERE organisation_id = ${organisationId}::uuid
    UNION ALL SELECT id::text FROM audit_events WHERE organisation_id = ${organisationId}::uuid`;
  return rows.map((row) => row.id);
}
