import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/prisma';
import { readyWebhookJobSender, stopJobSender } from '@/lib/jobs/test-support';
import { insertLongStandingLocation, setTestSchedule } from '@/lib/reminders/test-support';
import { createWebhookEndpoint, updateWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { createTeam, insertTestCheckIn, insertTestLocation } from '@/tests/support/factories';
import { ownTestDatabase } from '@/tests/support/own-test-database';
import { emitOverdueCheckInEvents } from './overdue-events';

// The hourly checkin.overdue run against a database of its own (it reads every organisation): one
// event per location and week for each endpoint that wants it, however often and on however many
// instances it runs. Deliveries and their pg-boss jobs are written; nothing is sent (JOBS=off).

vi.hoisted(() => {
  process.env.JOBS = 'off';
});
await ownTestDatabase();

beforeAll(async () => {
  await readyWebhookJobSender();
});
afterAll(async () => {
  await stopJobSender();
});

type OverduePayload = {
  type: string;
  data: {
    location: { id: string; name: string; storeCode: string };
    week: string;
    deadline: string;
    assignee: { membershipId: string; name: string } | null;
  };
};

async function overdueDeliveries(endpointId: string) {
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId, eventType: 'checkin.overdue' },
    select: { id: true, payload: true, eventKey: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => ({ ...row, payload: row.payload as OverduePayload }));
}

describe('checkin.overdue events', () => {
  it('tells each endpoint once of every location whose check-in of the week is overdue', async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    // Friday is the check-in day (Berlin): week 49 of 2026 is due by Saturday 5 December, 0:00
    // (4 December, 23:00 UTC).
    await setTestSchedule(organisationId, { checkinWeekday: 5, reminderHour: 9, timeZone: 'Europe/Berlin' });
    const hafen = await insertLongStandingLocation(organisationId, team.staff.membershipId, {
      name: 'Bäckerei Hafen <!channel>',
    });
    const submitted = await insertLongStandingLocation(organisationId, null, { name: 'Bäckerei Altstadt' });
    const draft = await insertLongStandingLocation(organisationId, null, { name: 'Bäckerei Lehe' });
    await insertLongStandingLocation(organisationId, null, { name: 'Archiviert', archived: true });
    const late = await insertTestLocation(organisationId, 'Neu seit Samstag', {
      createdAt: new Date('2026-12-05T06:00:00Z'),
    });
    await insertTestCheckIn(organisationId, submitted.id, '2026-11-30');
    await insertTestCheckIn(organisationId, draft.id, '2026-11-30', { status: 'DRAFT' });

    const wants = await createWebhookEndpoint(team.owner, {
      url: 'https://hooks.example.com/one',
      description: '',
      events: ['checkin.overdue'],
    });
    const alsoWants = await createWebhookEndpoint(team.owner, {
      url: 'https://hooks.example.com/two',
      description: '',
      events: ['checkin.submitted', 'checkin.overdue'],
    });
    const other = await createWebhookEndpoint(team.owner, {
      url: 'https://hooks.example.com/three',
      description: '',
      events: ['checkin.submitted'],
    });
    const switchedOff = await createWebhookEndpoint(team.owner, {
      url: 'https://hooks.example.com/four',
      description: '',
      events: ['checkin.overdue'],
    });
    await updateWebhookEndpoint(team.owner, switchedOff.endpoint.id, { enabled: false });

    // An hour before the deadline nothing of week 49 is sent.
    const beforeDeadline = new Date('2026-12-04T22:00:00Z');
    await emitOverdueCheckInEvents(beforeDeadline);
    expect(
      (await overdueDeliveries(wants.endpoint.id)).filter((row) => row.payload.data.week === '2026-W49'),
    ).toEqual([]);
    await db.webhookDelivery.deleteMany({ where: { organisationId } });

    // Two instances at once, then again an hour later: each endpoint gets each event once.
    const saturday = new Date('2026-12-05T12:00:00Z');
    const [first, second] = await Promise.all([
      emitOverdueCheckInEvents(saturday),
      emitOverdueCheckInEvents(saturday),
    ]);
    expect(first + second).toBe(4);
    expect(await emitOverdueCheckInEvents(new Date('2026-12-05T13:00:00Z'))).toBe(0);

    for (const endpoint of [wants.endpoint, alsoWants.endpoint]) {
      const rows = await overdueDeliveries(endpoint.id);
      expect(rows.map((row) => row.payload.data.location.id)).toEqual([hafen.id, draft.id]);
      expect(rows.map((row) => row.eventKey)).toEqual([
        `checkin.overdue:${hafen.id}:2026-W49`,
        `checkin.overdue:${draft.id}:2026-W49`,
      ]);
    }
    const [hafenEvent, draftEvent] = await overdueDeliveries(wants.endpoint.id);
    const storeCode = (await db.location.findUniqueOrThrow({ where: { id: hafen.id } })).storeCode;
    expect(hafenEvent!.payload).toMatchObject({
      type: 'checkin.overdue',
      data: {
        location: { id: hafen.id, name: 'Bäckerei Hafen <!channel>', storeCode },
        week: '2026-W49',
        deadline: '2026-12-04T23:00:00.000Z',
        assignee: { membershipId: team.staff.membershipId, name: team.users.staff.name },
      },
    });
    expect(draftEvent!.payload.data.assignee).toBeNull();
    expect(await overdueDeliveries(other.endpoint.id)).toEqual([]);
    expect(await overdueDeliveries(switchedOff.endpoint.id)).toEqual([]);

    // Every delivery has its job, keyed by its endpoint.
    const ids = [
      ...(await overdueDeliveries(wants.endpoint.id)),
      ...(await overdueDeliveries(alsoWants.endpoint.id)),
    ].map((row) => row.id);
    const jobs = await db.$queryRaw<{ id: string; singleton_key: string }[]>`
      SELECT id::text, singleton_key FROM pgboss.job WHERE id = ANY(${ids}::uuid[])`;
    expect(jobs).toHaveLength(4);

    // The next week: the location created since and the one submitted last week owe it too.
    expect(await emitOverdueCheckInEvents(new Date('2026-12-12T12:00:00Z'))).toBe(8);
    const nextWeek = (await overdueDeliveries(wants.endpoint.id)).filter(
      (row) => row.payload.data.week === '2026-W50',
    );
    expect(nextWeek.map((row) => row.payload.data.location.id).sort()).toEqual(
      [hafen.id, submitted.id, draft.id, late].sort(),
    );
  });
});
