import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { expectAppError } from '@/tests/support/factories';
import { deleteOrganisation } from './organisation-deletion';
import { createFilledTeam, idsOfOrganisation, rowsMentioning, type FilledTeam } from './test-support';

let team: FilledTeam;
let other: FilledTeam;

beforeEach(async () => {
  [team, other] = await Promise.all([createFilledTeam(), createFilledTeam()]);
});

const confirm = (team: FilledTeam) => ({ confirmation: team.organisation.name });

describe('deleteOrganisation', () => {
  it('leaves no row of the organisation in any table, rollups included, and records the deletion', async () => {
    const ids = await idsOfOrganisation(team.organisation.id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    // The comparison rollups (no foreign key) hold the organisation's check-in and time entry.
    expect(await rowsMentioning([team.organisation.id])).toMatchObject({
      weekly_platform_minutes: expect.any(Number),
      weekly_check_in_totals: 1,
      subject_block_totals: expect.any(Number),
    });

    await deleteOrganisation(team.owner, confirm(team));

    // Only the record of the deletion names it.
    expect(await rowsMentioning(ids)).toEqual({ audit_events: 1 });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: 'organisation.deleted', targetId: team.organisation.id },
    });
    expect(event).toMatchObject({
      organisationId: null,
      userId: team.users.owner.id,
      actorLabel: team.users.owner.email,
      details: { name: team.organisation.name, slug: team.organisation.slug },
    });
    // The members' accounts stay.
    expect(
      await db.user.count({ where: { id: { in: Object.values(team.users).map((user) => user.id) } } }),
    ).toBe(3);
  });

  it('leaves other organisations untouched', async () => {
    const otherIds = await idsOfOrganisation(other.organisation.id);
    const before = await rowsMentioning(otherIds);
    await deleteOrganisation(team.owner, confirm(team));
    expect(await rowsMentioning(otherIds)).toEqual(before);
  });

  it('refuses a confirmation that is not the name, on its field, and deletes nothing', async () => {
    const ids = await idsOfOrganisation(team.organisation.id);
    const before = await rowsMentioning(ids);
    for (const confirmation of [team.organisation.name.toUpperCase(), other.organisation.name, 'x']) {
      await expect(deleteOrganisation(team.owner, { confirmation })).rejects.toMatchObject({
        code: 'CONFLICT',
        messageKey: 'dataRights.errors.confirmationMismatch',
        field: 'confirmation',
      });
    }
    expect(await rowsMentioning(ids)).toEqual(before);
  });

  it('is for owners only', async () => {
    const ids = await idsOfOrganisation(team.organisation.id);
    const before = await rowsMentioning(ids);
    await expectAppError(deleteOrganisation(team.manager, confirm(team)), 'FORBIDDEN');
    await expectAppError(deleteOrganisation(team.staff, confirm(team)), 'FORBIDDEN');
    expect(await rowsMentioning(ids)).toEqual(before);
  });
});
