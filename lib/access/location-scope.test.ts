import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam, insertTestLocation } from '@/tests/support/factories';
import { isGroupLimited, locationScopeSql, locationScopeWhere } from './location-scope';

// The location filter every data-layer query builds: the organisation, a manager's group limit
// and a chosen group, the same in Prisma and in SQL.

async function scopeWorld() {
  const team = await createTeam();
  const organisationId = team.organisation.id;
  const north = await insertTestLocation(organisationId, 'Nord', { city: 'Bremerhaven' });
  const south = await insertTestLocation(organisationId, 'Süd', { city: 'Bremen', postalCode: '28195' });
  const ungrouped = await insertTestLocation(organisationId, 'Ohne', {
    city: 'Cuxhaven',
    postalCode: '27472',
  });
  const [northGroup, southGroup] = await Promise.all([
    db.locationGroup.create({
      data: { organisationId, name: 'Nord', ruleField: 'CITY', ruleValue: 'Bremerhaven' },
    }),
    db.locationGroup.create({
      data: { organisationId, name: 'Süd', ruleField: 'POSTAL_CODE_PREFIX', ruleValue: '281' },
    }),
  ]);
  const other = await createTeam();
  await insertTestLocation(other.organisation.id, 'Fremd', { city: 'Bremerhaven' });
  return { team, north, south, ungrouped, northGroup, southGroup };
}

async function visibleIds(member: Parameters<typeof locationScopeWhere>[0], groupId?: string) {
  const viaPrisma = await db.location.findMany({
    where: locationScopeWhere(member, { groupId }),
    select: { id: true },
    orderBy: { name: 'asc' },
  });
  const viaSql = await db.$queryRaw<{ id: string }[]>`
    SELECT l.id FROM locations l WHERE ${locationScopeSql(member, 'l', { groupId })} ORDER BY l.name`;
  expect(viaSql.map((row) => row.id)).toEqual(viaPrisma.map((row) => row.id));
  return viaPrisma.map((row) => row.id).sort();
}

describe('location scope', () => {
  it('shows an unlimited member every location of their organisation and narrows by a chosen group', async () => {
    const world = await scopeWorld();
    const all = [world.north, world.south, world.ungrouped].sort();
    expect(await visibleIds(world.team.owner)).toEqual(all);
    expect(await visibleIds(world.team.manager)).toEqual(all);
    expect(await visibleIds(world.team.manager, world.southGroup.id)).toEqual([world.south]);
  });

  it('limits a manager to their groups, also under a filter for another group', async () => {
    const world = await scopeWorld();
    const limited = { ...world.team.manager, groupLimit: [world.northGroup.id] };
    expect(isGroupLimited(limited)).toBe(true);
    expect(await visibleIds(limited)).toEqual([world.north]);
    expect(await visibleIds(limited, world.northGroup.id)).toEqual([world.north]);
    expect(await visibleIds(limited, world.southGroup.id)).toEqual([]);
  });

  it('ignores a limit for owners and staff, and an empty limit', async () => {
    const world = await scopeWorld();
    const all = [world.north, world.south, world.ungrouped].sort();
    expect(isGroupLimited({ ...world.team.owner, groupLimit: [world.northGroup.id] })).toBe(false);
    expect(await visibleIds({ ...world.team.owner, groupLimit: [world.northGroup.id] })).toEqual(all);
    expect(await visibleIds({ ...world.team.staff, groupLimit: [world.northGroup.id] })).toEqual(all);
    expect(await visibleIds({ ...world.team.manager, groupLimit: [] })).toEqual(all);
  });

  it('refuses an alias that is not a plain identifier', () => {
    expect(() =>
      locationScopeSql({ role: 'OWNER', organisation: { id: 'x' } } as never, 'l; DROP'),
    ).toThrow();
  });
});
