import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { applyLocationImport } from '@/lib/locations/csv/import-locations';
import { googleColumns } from '@/lib/locations/csv/google-columns';
import { findMemberContext } from '@/lib/organisations/member-context';
import {
  addMember,
  addTestLocation,
  createTeam,
  createTestUser,
  expectAppError,
  insertTestLocation,
} from '@/tests/support/factories';
import { listGroupOptions } from './group-options';
import { createLocationGroup, deleteLocationGroup, getLocationGroup, updateLocationGroup } from './groups';
import { setManagerGroupLimit } from './manager-limits';
import {
  addLocationsToGroup,
  listGroupMembers,
  removeLocationsFromGroup,
  searchLocationsToAdd,
} from './members';
import { locationGroupInputSchema, locationGroupUpdateSchema } from './schemas';

// Groups against the real database: the triggers that keep rule groups' members, the data layer's
// rules (who, which organisation, nothing half-written) and a limited manager's view.

const input = (fields: Record<string, unknown>) =>
  locationGroupInputSchema.parse({ kind: 'REGION', ...fields });
const memberIds = async (groupId: string) =>
  (await db.locationGroupMember.findMany({ where: { groupId }, select: { locationId: true } }))
    .map((row) => row.locationId)
    .sort();
const sorted = (ids: string[]) => [...ids].sort();

describe('rule groups (database triggers)', () => {
  it('take the matching locations when created, and follow changes of city and postcode', async () => {
    const team = await createTeam();
    const lehe = await insertTestLocation(team.organisation.id, 'Lehe', {
      city: 'Bremerhaven',
      postalCode: '27576',
    });
    const mitte = await insertTestLocation(team.organisation.id, 'Mitte', {
      city: ' bremerhaven ',
      postalCode: '27568',
    });
    const bremen = await insertTestLocation(team.organisation.id, 'Bremen', {
      city: 'Bremen',
      postalCode: '28195',
    });
    const byCity = await createLocationGroup(
      team.owner,
      input({ name: 'BHV', mode: 'rule', ruleField: 'CITY', ruleValue: 'BREMERHAVEN' }),
    );
    const byPrefix = await createLocationGroup(
      team.owner,
      input({ name: '2757', mode: 'rule', ruleField: 'POSTAL_CODE_PREFIX', ruleValue: '2757' }),
    );
    expect(byCity.memberCount).toBe(2);
    expect(await memberIds(byCity.id)).toEqual(sorted([lehe, mitte]));
    expect(await memberIds(byPrefix.id)).toEqual([lehe]);

    await db.location.update({ where: { id: bremen }, data: { city: 'Bremerhaven', postalCode: '27570' } });
    await db.location.update({ where: { id: lehe }, data: { city: 'Geestland', postalCode: '27607' } });
    expect(await memberIds(byCity.id)).toEqual(sorted([mitte, bremen]));
    expect(await memberIds(byPrefix.id)).toEqual([bremen]);
  });

  it('place every row of a CSV import in one go', async () => {
    const team = await createTeam();
    const group = await createLocationGroup(
      team.owner,
      input({ name: 'Cux', mode: 'rule', ruleField: 'CITY', ruleValue: 'Cuxhaven' }),
    );
    const rows = Array.from({ length: 120 }, (_, index) => ({
      'Store code': `CSV-${index}`,
      'Business name': `Filiale ${index}`,
      'Address line 1': 'Deichstraße 1',
      Locality: index % 2 === 0 ? 'Cuxhaven' : 'Otterndorf',
      'Postal code': '27472',
    }));
    const csv = [
      googleColumns.join(','),
      ...rows.map((row) =>
        googleColumns.map((column) => (row as Record<string, string>)[column] ?? '').join(','),
      ),
    ].join('\n');
    const report = await applyLocationImport(team.owner, csv, { allOrNothing: true });
    expect(report.totals.created).toBe(120);
    expect((await memberIds(group.id)).length).toBe(60);
  });

  it('re-place members when the rule changes, and keep them as a hand set when it is removed', async () => {
    const team = await createTeam();
    const a = await insertTestLocation(team.organisation.id, 'A', { city: 'Bremerhaven', region: 'Bremen' });
    const b = await insertTestLocation(team.organisation.id, 'B', { city: 'Bremen', region: 'Bremen' });
    const c = await insertTestLocation(team.organisation.id, 'C', { city: 'Hamburg', region: 'Hamburg' });
    const group = await createLocationGroup(
      team.owner,
      input({ name: 'G', mode: 'rule', ruleField: 'CITY', ruleValue: 'Bremen' }),
    );
    expect(await memberIds(group.id)).toEqual([b]);
    await updateLocationGroup(
      team.owner,
      group.id,
      locationGroupUpdateSchema.parse({ mode: 'rule', ruleField: 'REGION', ruleValue: 'bremen' }),
    );
    expect(await memberIds(group.id)).toEqual(sorted([a, b]));
    const hand = await updateLocationGroup(
      team.owner,
      group.id,
      locationGroupUpdateSchema.parse({ mode: 'hand' }),
    );
    expect(hand.rule).toBeNull();
    await db.location.update({ where: { id: a }, data: { region: 'Niedersachsen' } });
    expect(await memberIds(group.id)).toEqual(sorted([a, b]));
    await addLocationsToGroup(team.owner, group.id, [c]);
    expect(await memberIds(group.id)).toEqual(sorted([a, b, c]));
  });

  it('never hold another organisation’s location (composite key)', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const foreign = await insertTestLocation(other.organisation.id, 'Foreign');
    const group = await createLocationGroup(team.owner, input({ name: 'Hand', mode: 'hand' }));
    await expect(
      db.locationGroupMember.create({
        data: { groupId: group.id, locationId: foreign, organisationId: team.organisation.id },
      }),
    ).rejects.toThrow();
    await expect(
      db.locationGroupMember.create({
        data: { groupId: group.id, locationId: foreign, organisationId: other.organisation.id },
      }),
    ).rejects.toThrow();
  });
});

describe('groups in the data layer', () => {
  it('create, read, change and delete with audit entries; a taken name is a field error', async () => {
    const team = await createTeam();
    const group = await createLocationGroup(
      team.manager,
      input({ name: 'Partner Meyer', kind: 'FRANCHISE_PARTNER', mode: 'hand' }),
    );
    expect(await getLocationGroup(team.owner, group.id)).toMatchObject({
      name: 'Partner Meyer',
      kind: 'FRANCHISE_PARTNER',
      rule: null,
      memberCount: 0,
    });
    await expect(
      createLocationGroup(team.owner, input({ name: 'Partner Meyer', mode: 'hand' })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      field: 'name',
    });
    const other = await createLocationGroup(team.owner, input({ name: 'Other', mode: 'hand' }));
    await expect(
      updateLocationGroup(team.owner, other.id, locationGroupUpdateSchema.parse({ name: 'Partner Meyer' })),
    ).rejects.toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect((await getLocationGroup(team.owner, other.id)).name).toBe('Other');
    await updateLocationGroup(
      team.owner,
      group.id,
      locationGroupUpdateSchema.parse({ name: 'Partner Meyer GmbH' }),
    );
    // A change of the name alone keeps the kind and the (absent) rule.
    expect(await getLocationGroup(team.owner, group.id)).toMatchObject({
      kind: 'FRANCHISE_PARTNER',
      rule: null,
    });
    await deleteLocationGroup(team.owner, group.id);
    await expectAppError(getLocationGroup(team.owner, group.id), 'NOT_FOUND');
    const actions = await db.auditEvent.findMany({
      where: { organisationId: team.organisation.id, targetId: group.id },
      orderBy: { createdAt: 'asc' },
      select: { action: true },
    });
    expect(actions.map((row) => row.action)).toEqual([
      'location_group.created',
      'location_group.updated',
      'location_group.deleted',
    ]);
  });

  it('refuses invalid input with field errors and writes nothing', () => {
    const parse = (fields: Record<string, unknown>) => locationGroupInputSchema.safeParse(fields);
    const fieldsOf = (result: ReturnType<typeof parse>) =>
      result.success ? [] : result.error.issues.map((issue) => [issue.path[0], issue.message]);
    expect(fieldsOf(parse({ name: ' ', mode: 'hand' }))).toEqual([
      ['name', 'locationGroups.errors.nameRequired'],
    ]);
    expect(fieldsOf(parse({ name: 'x'.repeat(81), mode: 'hand' }))).toEqual([
      ['name', 'locationGroups.errors.nameTooLong'],
    ]);
    expect(
      fieldsOf(parse({ name: 'A', mode: 'rule', ruleField: 'POSTAL_CODE_PREFIX', ruleValue: '27-5' })),
    ).toEqual([['ruleValue', 'locationGroups.errors.postalCodePrefixInvalid']]);
    expect(
      fieldsOf(parse({ name: 'A', mode: 'rule', ruleField: 'CITY', ruleValue: 'x'.repeat(101) })),
    ).toEqual([['ruleValue', 'locationGroups.errors.ruleValueTooLong']]);
    expect(fieldsOf(parse({ name: 'A', mode: 'rule', ruleField: 'CITY' }))).toEqual([
      ['ruleValue', 'locationGroups.errors.ruleValueRequired'],
    ]);
    expect(fieldsOf(parse({ name: 'A', mode: 'rule', ruleValue: 'Bremen' }))).toEqual([
      ['ruleField', 'locationGroups.errors.ruleFieldInvalid'],
    ]);
    expect(fieldsOf(parse({ name: 'A', kind: 'CITY', mode: 'hand' }))).toEqual([
      ['kind', 'locationGroups.errors.kindInvalid'],
    ]);
    expect(
      parse({ name: 'A', mode: 'rule', ruleField: 'POSTAL_CODE_PREFIX', ruleValue: 'AB12' }).data,
    ).toEqual({
      name: 'A',
      kind: 'OTHER',
      rule: { field: 'POSTAL_CODE_PREFIX', value: 'AB12' },
    });
  });

  it('adds and removes locations of a hand group; a foreign location or a rule group changes nothing', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const [a, b] = [await addTestLocation(team.owner), await addTestLocation(team.owner, { name: 'Ahorn' })];
    const foreign = await insertTestLocation(other.organisation.id, 'Foreign');
    const group = await createLocationGroup(team.owner, input({ name: 'Hand', mode: 'hand' }));
    // Without a search the locations to add are listed by name; a search narrows them.
    const names = async (query: string) =>
      (await searchLocationsToAdd(team.owner, group.id, query)).map((row) => row.name);
    expect(await names('')).toEqual(['Ahorn', 'Bäckerei Deichbrise Lehe']);
    expect(await names('ahorn')).toEqual(['Ahorn']);
    await expectAppError(addLocationsToGroup(team.owner, group.id, [a, foreign]), 'NOT_FOUND');
    expect(await memberIds(group.id)).toEqual([]);
    expect(await addLocationsToGroup(team.owner, group.id, [a, b])).toEqual({ added: 2 });
    expect(await addLocationsToGroup(team.owner, group.id, [a])).toEqual({ added: 0 });
    expect(await names('')).toEqual([]);
    const page = await listGroupMembers(team.manager, group.id);
    expect(page.total).toBe(2);
    expect(page.rows.map((row) => row.name)).toEqual(['Ahorn', 'Bäckerei Deichbrise Lehe']);
    expect(await removeLocationsFromGroup(team.owner, group.id, [a])).toEqual({ removed: 1 });
    expect(await memberIds(group.id)).toEqual([b]);

    const rule = await createLocationGroup(
      team.owner,
      input({ name: 'Rule', mode: 'rule', ruleField: 'CITY', ruleValue: 'Bremerhaven' }),
    );
    await expect(addLocationsToGroup(team.owner, rule.id, [a])).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'locationGroups.errors.ruleGroupMembers',
    });
  });

  it('answers NOT_FOUND for another organisation’s group, and refuses staff', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const foreign = await createLocationGroup(other.owner, input({ name: 'Theirs', mode: 'hand' }));
    const location = await addTestLocation(team.owner);
    await expectAppError(getLocationGroup(team.owner, foreign.id), 'NOT_FOUND');
    await expectAppError(getLocationGroup(team.owner, 'not-a-uuid'), 'NOT_FOUND');
    await expectAppError(
      updateLocationGroup(team.owner, foreign.id, { name: 'Mine', kind: undefined, rule: undefined }),
      'NOT_FOUND',
    );
    await expectAppError(deleteLocationGroup(team.owner, foreign.id), 'NOT_FOUND');
    await expectAppError(addLocationsToGroup(team.owner, foreign.id, [location]), 'NOT_FOUND');
    await expectAppError(listGroupMembers(team.owner, foreign.id), 'NOT_FOUND');
    await expectAppError(
      setManagerGroupLimit(team.owner, team.manager.membershipId, [foreign.id]),
      'NOT_FOUND',
    );
    expect(await db.locationGroup.findUnique({ where: { id: foreign.id }, select: { name: true } })).toEqual({
      name: 'Theirs',
    });
    const own = await createLocationGroup(team.owner, input({ name: 'Ours', mode: 'hand' }));
    await expectAppError(getLocationGroup(team.staff, own.id), 'FORBIDDEN');
    await expectAppError(
      createLocationGroup(team.staff, input({ name: 'Staff', mode: 'hand' })),
      'FORBIDDEN',
    );
    expect(await listGroupOptions(team.staff)).toEqual([]);
  });
});

describe('a limited manager', () => {
  it('sees only their groups, read-only, and only owners set the limit', async () => {
    const team = await createTeam();
    const north = await createLocationGroup(team.owner, input({ name: 'Nord', mode: 'hand' }));
    const south = await createLocationGroup(team.owner, input({ name: 'Süd', mode: 'hand' }));
    const [inNorth, inSouth] = [await addTestLocation(team.owner), await addTestLocation(team.owner)];
    await addLocationsToGroup(team.owner, north.id, [inNorth]);
    await addLocationsToGroup(team.owner, south.id, [inSouth]);

    await expectAppError(
      setManagerGroupLimit(team.manager, team.manager.membershipId, [north.id]),
      'FORBIDDEN',
    );
    await expect(setManagerGroupLimit(team.owner, team.staff.membershipId, [north.id])).rejects.toMatchObject(
      {
        code: 'CONFLICT',
      },
    );
    const limit = await setManagerGroupLimit(team.owner, team.manager.membershipId, [north.id]);
    expect(limit.groups.map((group) => group.name)).toEqual(['Nord']);

    const limited = (await findMemberContext(team.users.manager, team.organisation.slug))!;
    expect(limited.groupLimit).toEqual([north.id]);
    expect((await listGroupOptions(limited)).map((option) => [option.name, option.locationCount])).toEqual([
      ['Nord', 1],
    ]);
    expect((await getLocationGroup(limited, north.id)).name).toBe('Nord');
    await expectAppError(getLocationGroup(limited, south.id), 'NOT_FOUND');
    await expectAppError(
      updateLocationGroup(limited, north.id, { name: 'Mine', kind: undefined, rule: undefined }),
      'FORBIDDEN',
    );
    await expectAppError(createLocationGroup(limited, input({ name: 'Own', mode: 'hand' })), 'FORBIDDEN');
    await expectAppError(addLocationsToGroup(limited, north.id, [inSouth]), 'FORBIDDEN');
    expect((await listGroupMembers(limited, north.id)).rows.map((row) => row.id)).toEqual([inNorth]);

    await setManagerGroupLimit(team.owner, team.manager.membershipId, []);
    expect((await findMemberContext(team.users.manager, team.organisation.slug))!.groupLimit).toBeNull();
    const audit = await db.auditEvent.findMany({
      where: { organisationId: team.organisation.id, action: 'member.group_limit_changed' },
      orderBy: { createdAt: 'asc' },
      select: { details: true },
    });
    expect(audit.map((row) => row.details)).toMatchObject([
      { groups: 'Nord', lifted: false },
      { groups: '', lifted: true },
    ]);
  });

  it('an owner of another organisation cannot limit this one’s manager', async () => {
    const team = await createTeam();
    const stranger = await createTestUser({ label: 'stranger' });
    const other = await createTeam();
    await addMember(other.organisation.id, stranger, 'MANAGER');
    await expectAppError(setManagerGroupLimit(other.owner, team.manager.membershipId, []), 'NOT_FOUND');
    await expectAppError(setManagerGroupLimit(team.owner, randomUUID(), []), 'NOT_FOUND');
  });
});
