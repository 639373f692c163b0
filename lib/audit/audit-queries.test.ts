import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { addMember, createTeam, createTestUser, expectAppError } from '@/tests/support/factories';
import { auditLogQuerySchema, formatAuditCursor } from './audit-log-query';
import { listAuditEvents } from './audit-queries';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute));

function event(fields: Partial<Prisma.AuditEventUncheckedCreateInput> & { action: string }) {
  return { actorLabel: 'someone@ortsbild.test', createdAt: at(0), ...fields };
}

/** The team's members joined before the events of these tests (at(0) and later) happened. */
async function joinedEarlier(organisationId: string) {
  await db.membership.updateMany({ where: { organisationId }, data: { createdAt: at(-60) } });
}

/** Pages through the whole log with the cursor links the page builds. */
async function allPages(member: Parameters<typeof listAuditEvents>[0], pageSize: number, search = {}) {
  const ids: string[] = [];
  let before: string | undefined;
  for (let page = 0; page < 20; page++) {
    const query = auditLogQuerySchema.parse({ ...search, ...(before ? { before } : {}) });
    const result = await listAuditEvents(member, query, pageSize);
    ids.push(...result.entries.map((entry) => entry.id));
    if (!result.next) return ids;
    before = formatAuditCursor(result.next);
  }
  throw new Error('more pages than expected');
}

describe('listAuditEvents', () => {
  it("shows the organisation's events and its current members' sign-ins, nothing else", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const outsider = await createTestUser({ label: 'outsider' });
    const formerMember = await createTestUser({ label: 'former' });
    const { users } = team;
    await db.auditEvent.createMany({
      data: [
        event({
          action: 'member.role_changed',
          organisationId: team.organisation.id,
          userId: users.owner.id,
          createdAt: at(1),
        }),
        event({ action: 'auth.sign_in', userId: users.staff.id, createdAt: at(2) }),
        event({ action: 'auth.sign_in_failed', userId: users.manager.id, createdAt: at(3) }),
        // Another organisation's event by a member of both, and sign-ins of people who are not members.
        event({ action: 'location.deleted', organisationId: other.organisation.id, userId: users.staff.id }),
        event({ action: 'auth.sign_in', userId: outsider.id }),
        event({ action: 'auth.sign_in', userId: formerMember.id }),
        event({ action: 'auth.sign_in_failed', userId: null, actorLabel: users.owner.email }),
      ],
    });
    await joinedEarlier(team.organisation.id);
    await joinedEarlier(other.organisation.id);
    await addMember(other.organisation.id, users.staff, 'STAFF');

    const { entries, next } = await listAuditEvents(team.owner, {});
    expect(next).toBeNull();
    expect(entries.map((entry) => [entry.action, entry.createdAt])).toEqual([
      ['auth.sign_in_failed', at(3)],
      ['auth.sign_in', at(2)],
      ['member.role_changed', at(1)],
    ]);
    // The staff member joined the other organisation after signing in: it sees their later events only.
    const theirs = await listAuditEvents(other.owner, {});
    expect(theirs.entries.map((entry) => entry.action)).toEqual(['location.deleted']);
  });

  it("shows a member's sign-ins only from the time they joined", async () => {
    const team = await createTeam();
    const newcomer = await createTestUser({ label: 'newcomer' });
    const joinedAt = new Date(Date.now() - 60_000);
    await db.auditEvent.createMany({
      data: [
        event({ action: 'auth.sign_in', userId: newcomer.id, createdAt: new Date(Date.now() - 3_600_000) }),
        event({
          action: 'auth.sign_in_failed',
          userId: newcomer.id,
          createdAt: new Date(Date.now() - 120_000),
        }),
        event({ action: 'auth.sign_in', userId: newcomer.id, createdAt: new Date(Date.now() - 30_000) }),
      ],
    });
    await addMember(team.organisation.id, newcomer, 'STAFF');
    await db.membership.updateMany({
      where: { organisationId: team.organisation.id, userId: newcomer.id },
      data: { createdAt: joinedAt },
    });

    const { entries } = await listAuditEvents(team.owner, auditLogQuerySchema.parse({ category: 'signIns' }));
    expect(entries.map((entry) => [entry.action, entry.createdAt > joinedAt])).toEqual([
      ['auth.sign_in', true],
    ]);
  });

  it('is for owners only', async () => {
    const team = await createTeam();
    await expectAppError(listAuditEvents(team.manager, {}), 'FORBIDDEN');
    await expectAppError(listAuditEvents(team.staff, {}), 'FORBIDDEN');
  });

  it('filters by area and by member; a member of another organisation matches nothing', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const organisationId = team.organisation.id;
    const { owner, staff } = team.users;
    await db.auditEvent.createMany({
      data: [
        event({ action: 'auth.sign_in', userId: staff.id, createdAt: at(1) }),
        event({ action: 'access.denied', organisationId, userId: staff.id, createdAt: at(2) }),
        event({ action: 'api_token.created', organisationId, userId: owner.id, createdAt: at(3) }),
        event({ action: 'locations.imported', organisationId, userId: owner.id, createdAt: at(4) }),
        event({ action: 'member.invited', organisationId, userId: owner.id, createdAt: at(5) }),
      ],
    });
    await joinedEarlier(organisationId);
    const actionsFor = async (search: Record<string, string>) =>
      (await listAuditEvents(team.owner, auditLogQuerySchema.parse(search))).entries.map(
        (entry) => entry.action,
      );

    expect(await actionsFor({ category: 'signIns' })).toEqual(['auth.sign_in']);
    expect(await actionsFor({ category: 'access' })).toEqual(['access.denied']);
    expect(await actionsFor({ category: 'tokens' })).toEqual(['api_token.created']);
    expect(await actionsFor({ category: 'data' })).toEqual(['locations.imported']);
    expect(await actionsFor({ category: 'members' })).toEqual(['member.invited']);
    expect(await actionsFor({ member: team.staff.membershipId })).toEqual(['access.denied', 'auth.sign_in']);
    expect(await actionsFor({ member: other.staff.membershipId })).toEqual([]);
    expect(await actionsFor({ category: 'nonsense', member: 'not-a-uuid', before: 'x' })).toHaveLength(5);
  });

  it('pages newest first without gaps or repeats, also among equal times and while new events arrive', async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;
    // 130 events, ten to a minute, so that many share their created_at.
    await db.auditEvent.createMany({
      data: Array.from({ length: 130 }, (_, index) =>
        event({
          action: 'location.archived',
          organisationId,
          createdAt: at(Math.floor(index / 10)),
          targetId: randomUUID(),
        }),
      ),
    });
    const expected = await db.auditEvent.findMany({
      where: { organisationId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });

    const first = await listAuditEvents(team.owner, {}, 50);
    expect(first.entries).toHaveLength(50);
    await db.auditEvent.create({
      data: event({ action: 'location.restored', organisationId, createdAt: new Date() }),
    });
    const second = await listAuditEvents(team.owner, { before: first.next! }, 50);
    const third = await listAuditEvents(team.owner, { before: second.next! }, 50);
    expect(third.next).toBeNull();
    expect([...first.entries, ...second.entries, ...third.entries].map((entry) => entry.id)).toEqual(
      expected.map((row) => row.id),
    );
    expect(await allPages(team.owner, 7)).toHaveLength(131);
  });
});
