import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam, expectAppError, memberContextOf, platformIdByKey } from '@/tests/support/factories';
import { freshnessDaysSchema } from './platform-settings-schemas';
import {
  createCustomPlatform,
  deleteCustomPlatform,
  enabledPlatformIds,
  enabledPlatformsSql,
  getFreshnessDays,
  listPlatforms,
  setFreshnessDays,
  setPlatformEnabled,
} from './platforms';
import { customPlatformSchema } from './schemas';

const customInput = (overrides: Record<string, unknown> = {}) =>
  customPlatformSchema.parse({
    name: 'Branchenbuch Unterweser',
    kind: 'DIRECTORY',
    weight: '4',
    ...overrides,
  });

describe('platforms data layer', () => {
  it('lists the 21 catalogue platforms, all on, in catalogue order', async () => {
    const team = await createTeam();
    const platforms = await listPlatforms(team.staff);
    expect(platforms).toHaveLength(21);
    expect(platforms.every((platform) => platform.enabled && !platform.isCustom)).toBe(true);
    expect(platforms[0]).toMatchObject({
      key: 'google-business-profile',
      kind: 'MAPS',
      weight: 10,
      hasRatings: true,
      shows: { name: true, address: true, phone: true, website: true, hours: true },
    });
    expect(platforms.map((platform) => platform.sortOrder)).toEqual(
      [...platforms.map((platform) => platform.sortOrder)].sort((a, b) => a - b),
    );
    expect(await enabledPlatformIds(team.staff)).toEqual(platforms.map((platform) => platform.id));
  });

  it('switches a platform off and on again for one organisation only', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const facebook = await platformIdByKey('facebook');
    await setPlatformEnabled(team.manager, facebook, false);
    expect((await listPlatforms(team.staff)).find((platform) => platform.id === facebook)?.enabled).toBe(
      false,
    );
    expect(await enabledPlatformIds(team.staff)).not.toContain(facebook);
    expect(await enabledPlatformIds(other.staff)).toContain(facebook);
    await setPlatformEnabled(team.owner, facebook, true);
    expect(await enabledPlatformIds(team.staff)).toContain(facebook);
  });

  it('adds an own platform that only its organisation sees, and deletes it', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const { id, key } = await createCustomPlatform(team.manager, customInput({ hasRatings: 'on' }));
    expect(key).toMatch(/^custom-[0-9a-f-]{36}$/);
    const own = (await listPlatforms(team.staff)).find((platform) => platform.id === id);
    expect(own).toMatchObject({
      isCustom: true,
      enabled: true,
      weight: 4,
      hasRatings: true,
      kind: 'DIRECTORY',
    });
    expect((await listPlatforms(team.staff)).at(-1)?.id).toBe(id);
    expect(await enabledPlatformIds(team.staff)).toContain(id);
    expect((await listPlatforms(other.owner)).map((platform) => platform.id)).not.toContain(id);

    await deleteCustomPlatform(team.manager, id);
    expect((await listPlatforms(team.staff)).map((platform) => platform.id)).not.toContain(id);
  });

  it("answers NOT_FOUND for another organisation's platform and changes nothing", async () => {
    const mine = await createTeam();
    const theirs = await createTeam();
    const { id } = await createCustomPlatform(theirs.owner, customInput({ name: 'Fremdes Portal' }));
    await expectAppError(setPlatformEnabled(mine.owner, id, false), 'NOT_FOUND');
    await expectAppError(deleteCustomPlatform(mine.owner, id), 'NOT_FOUND');
    await expectAppError(setPlatformEnabled(mine.owner, randomUUID(), false), 'NOT_FOUND');
    await expectAppError(setPlatformEnabled(mine.owner, 'not-a-uuid', false), 'NOT_FOUND');
    expect(await db.organisationPlatform.count({ where: { platformId: id } })).toBe(0);
    expect(await enabledPlatformIds(theirs.staff)).toContain(id);
  });

  it('never deletes a catalogue platform', async () => {
    const team = await createTeam();
    await expectAppError(deleteCustomPlatform(team.owner, await platformIdByKey('yelp')), 'NOT_FOUND');
    expect(await db.platform.count({ where: { key: 'yelp' } })).toBe(1);
  });

  it('lets staff look but not change anything', async () => {
    const team = await createTeam();
    const { id } = await createCustomPlatform(team.owner, customInput());
    await expectAppError(setPlatformEnabled(team.staff, await platformIdByKey('xing'), false), 'FORBIDDEN');
    await expectAppError(createCustomPlatform(team.staff, customInput()), 'FORBIDDEN');
    await expectAppError(deleteCustomPlatform(team.staff, id), 'FORBIDDEN');
    await expectAppError(setFreshnessDays(team.staff, 10), 'FORBIDDEN');
    expect(await enabledPlatformIds(team.staff)).toHaveLength(22);
  });

  it('keeps the freshness period per organisation, 30 days by default', async () => {
    const team = await createTeam();
    const other = await createTeam();
    expect(await getFreshnessDays(team.staff)).toBe(30);
    await setFreshnessDays(team.manager, 14);
    // A member context holds the settings of its request; the next request reads the new period.
    const nextRequest = await memberContextOf(team.users.staff, team.organisation.slug);
    expect(await getFreshnessDays(nextRequest)).toBe(14);
    expect(await getFreshnessDays(other.staff)).toBe(30);
    expect(freshnessDaysSchema.safeParse({ freshnessDays: '0' }).success).toBe(false);
    expect(freshnessDaysSchema.safeParse({ freshnessDays: '366' }).success).toBe(false);
    expect(freshnessDaysSchema.safeParse({ freshnessDays: '7.5' }).success).toBe(false);
    expect(freshnessDaysSchema.parse({ freshnessDays: '365' })).toEqual({ freshnessDays: 365 });
  });

  it('gives other modules the enabled set as an SQL fragment', async () => {
    const team = await createTeam();
    await setPlatformEnabled(team.owner, await platformIdByKey('tomtom'), false);
    const { id } = await createCustomPlatform(team.owner, customInput());
    const rows = await db.$queryRaw<{ key: string }[]>`
      SELECT e.key FROM (${enabledPlatformsSql(team.organisation.id)}) e ORDER BY e.sort_order`;
    const keys = rows.map((row) => row.key);
    expect(keys).toHaveLength(21);
    expect(keys).not.toContain('tomtom');
    expect(keys.at(-1)).toBe((await db.platform.findUniqueOrThrow({ where: { id } })).key);
  });
});
