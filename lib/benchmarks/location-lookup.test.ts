import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam, insertTestLocation } from '@/tests/support/factories';
import { readComparisonForm } from './comparison-form';
import { findLocationByText, listLocationSuggestions } from './location-lookup';

async function setUp() {
  const team = await createTeam();
  const hafen = await insertTestLocation(team.organisation.id, 'Deichbrise Hafen', {
    assignedMembershipId: team.staff.membershipId,
  });
  const lehe = await insertTestLocation(team.organisation.id, 'Deichbrise Lehe');
  // The data layer keeps search_text; these rows were written directly.
  await db.$executeRaw`UPDATE locations SET search_text = lower(name || ' ' || store_code) WHERE organisation_id = ${team.organisation.id}::uuid`;
  const codes = await db.location.findMany({
    where: { organisationId: team.organisation.id },
    select: { id: true, storeCode: true },
  });
  return { team, hafen, lehe, codeOf: (id: string) => codes.find((row) => row.id === id)!.storeCode };
}

describe('choosing a location for the comparison', () => {
  it('finds a location by store code, name or a unique part of it, within what the member may see', async () => {
    const { team, hafen, lehe, codeOf } = await setUp();
    expect(await findLocationByText(team.manager, codeOf(lehe).toLowerCase())).toBe(lehe);
    expect(await findLocationByText(team.manager, 'deichbrise hafen')).toBe(hafen);
    expect(await findLocationByText(team.manager, 'Lehe')).toBe(lehe);
    expect(await findLocationByText(team.manager, 'Deichbrise')).toBeNull();
    expect(await findLocationByText(team.manager, '50%')).toBeNull();
    expect(await findLocationByText(team.staff, 'Lehe')).toBeNull();
    expect(await findLocationByText(team.staff, 'Hafen')).toBe(hafen);
    const other = await createTeam();
    expect(await findLocationByText(other.manager, codeOf(lehe))).toBeNull();
    expect((await listLocationSuggestions(team.staff)).map((row) => row.id)).toEqual([hafen]);
    expect((await listLocationSuggestions(team.manager)).map((row) => row.name)).toEqual([
      'Deichbrise Hafen',
      'Deichbrise Lehe',
    ]);
  });

  it('reads the form: only the field of the chosen scope counts', () => {
    expect(
      readComparisonForm({ scope: 'member', location: 'H-1', membershipId: 'm', from: ' 2026-W01 ' }),
    ).toEqual({
      scope: 'member',
      from: '2026-W01',
      to: undefined,
      set: undefined,
      membershipId: 'm',
    });
    expect(readComparisonForm({ locationId: 'l' })).toMatchObject({ scope: 'location', locationId: 'l' });
    expect(readComparisonForm({ scope: 'everything', membershipId: ['m', 'n'] })).toMatchObject({
      scope: 'member',
      membershipId: 'm',
    });
    expect(readComparisonForm({})).toMatchObject({ scope: 'organisation' });
  });
});
