import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { messagesByLocale } from '@/lib/i18n/messages';
import { getLocationChecklist } from '@/lib/listings/checklist';
import {
  addTestLocation,
  createTeam,
  createTestOrganisation,
  createTestUser,
  expectAppError,
  memberContextOf,
} from '@/tests/support/factories';
import { applyBusinessType, getBusinessType } from './business-type-platforms';
import {
  businessTypes,
  platformReasonKey,
  presetPlatformKeys,
  type BusinessTypeValue,
} from './business-types';
import { businessTypeSchema } from './platform-settings-schemas';
import { createCustomPlatform, listPlatforms, setPlatformEnabled } from './platforms';
import { customPlatformSchema } from './schemas';

async function catalogueKeys() {
  const rows = await db.platform.findMany({
    where: { organisationId: null },
    select: { key: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
  });
  return rows.map((row) => row.key);
}

/** Keys of the catalogue platforms the organisation has on, in catalogue order. */
async function enabledCatalogueKeys(member: Parameters<typeof listPlatforms>[0]) {
  return (await listPlatforms(member))
    .filter((platform) => !platform.isCustom && platform.enabled)
    .map((platform) => platform.key);
}

async function ownerOfNew(type: BusinessTypeValue) {
  const user = await createTestUser({ label: 'owner' });
  const organisation = await createTestOrganisation(user, undefined, type);
  return memberContextOf(user, organisation.slug);
}

/** Every organisation_platforms row of an organisation, to show it stays as it was. */
const settingsOf = (organisationId: string) =>
  db.organisationPlatform.findMany({
    where: { organisationId },
    select: { platformId: true, enabled: true },
    orderBy: { platformId: 'asc' },
  });

describe('business-type presets', () => {
  it('name only catalogue platforms, and each has a reason in German and English', async () => {
    const catalogue = await catalogueKeys();
    expect(catalogue).toHaveLength(21);
    for (const type of businessTypes) {
      const keys = presetPlatformKeys(type) ?? catalogue;
      expect(
        keys.filter((key) => !catalogue.includes(key)),
        type,
      ).toEqual([]);
      for (const key of catalogue)
        for (const locale of ['de', 'en'] as const) {
          const path = platformReasonKey(type, key).split('.');
          const text = path.reduce<unknown>(
            (node, part) => (node as Record<string, unknown> | undefined)?.[part],
            messagesByLocale[locale],
          );
          expect(typeof text === 'string' && text.length > 10, `${locale} ${path.join('.')}`).toBe(true);
        }
    }
    // Reasons of a type's own platforms are its own, not the general ones.
    expect(platformReasonKey('RESTAURANT_CAFE', 'tripadvisor')).toBe(
      'platformReasons.RESTAURANT_CAFE.tripadvisor',
    );
    expect(platformReasonKey('BAKERY_FOOD', 'tripadvisor')).toBe('platformReasons.general.tripadvisor');
    expect(platformReasonKey(null, 'xing')).toBe('platformReasons.general.xing');
  });

  it.each(businessTypes)(
    'a new %s organisation starts with its preset platforms on, the rest off',
    async (type) => {
      const owner = await ownerOfNew(type);
      const catalogue = await catalogueKeys();
      const expected = presetPlatformKeys(type) ?? catalogue;
      expect(await enabledCatalogueKeys(owner)).toEqual(catalogue.filter((key) => expected.includes(key)));
      expect(await getBusinessType(owner)).toBe(type);
      // Rows only for what is switched off: "no row" means "on", as for organisations from before.
      expect(await db.organisationPlatform.count({ where: { organisationId: owner.organisation.id } })).toBe(
        catalogue.length - expected.length,
      );
      if (type !== 'OTHER') {
        expect(expected.length).toBeLessThan(catalogue.length);
        // A fish kiosk is not asked about XING, LinkedIn or Tripadvisor.
        if (type === 'BAKERY_FOOD')
          expect(await enabledCatalogueKeys(owner)).not.toEqual(
            expect.arrayContaining(['xing', 'linkedin', 'tripadvisor']),
          );
      }
    },
  );

  it("a new location's checklist holds only the preset platforms", async () => {
    const owner = await ownerOfNew('BAKERY_FOOD');
    const locationId = await addTestLocation(owner);
    const { entries } = await getLocationChecklist(owner, locationId);
    // The checklist orders by weight, so compare the sets.
    expect(entries.map((entry) => entry.platform.key).sort()).toEqual(
      [...presetPlatformKeys('BAKERY_FOOD')!].sort(),
    );
  });

  it('changing the type later switches the catalogue to the new preset and keeps own platforms as they were', async () => {
    const team = await createTeam();
    const bakery = presetPlatformKeys('BAKERY_FOOD')!;
    await applyBusinessType(team.manager, 'BAKERY_FOOD');
    expect(await enabledCatalogueKeys(team.staff)).toEqual(bakery);

    // The owner's own changes: Instagram off, Tripadvisor on, two own platforms, one switched off.
    const platforms = await listPlatforms(team.owner);
    const idOf = (key: string) => platforms.find((platform) => platform.key === key)!.id;
    await setPlatformEnabled(team.owner, idOf('instagram'), false);
    await setPlatformEnabled(team.owner, idOf('tripadvisor'), true);
    const custom = (name: string) => customPlatformSchema.parse({ name, kind: 'DIRECTORY', weight: '3' });
    const ownOn = await createCustomPlatform(team.owner, custom('Stadtportal'));
    const ownOff = await createCustomPlatform(team.owner, custom('Hafenblatt'));
    await setPlatformEnabled(team.owner, ownOff.id, false);

    await applyBusinessType(team.owner, 'RESTAURANT_CAFE');
    expect(await getBusinessType(team.staff)).toBe('RESTAURANT_CAFE');
    expect(await enabledCatalogueKeys(team.staff)).toEqual(presetPlatformKeys('RESTAURANT_CAFE'));
    const after = await listPlatforms(team.staff);
    expect(after.find((platform) => platform.id === ownOn.id)?.enabled).toBe(true);
    expect(after.find((platform) => platform.id === ownOff.id)?.enabled).toBe(false);

    // "Other" switches the whole catalogue on again.
    await applyBusinessType(team.owner, 'OTHER');
    expect(await enabledCatalogueKeys(team.staff)).toEqual(await catalogueKeys());
  });

  it("leaves another organisation's platforms untouched", async () => {
    const mine = await createTeam();
    const theirs = await createTeam();
    const theirPlatforms = await listPlatforms(theirs.owner);
    await setPlatformEnabled(
      theirs.owner,
      theirPlatforms.find((platform) => platform.key === 'yelp')!.id,
      false,
    );
    const before = await settingsOf(theirs.organisation.id);
    await applyBusinessType(mine.owner, 'CRAFT');
    await applyBusinessType(mine.owner, 'PHARMACY_PRACTICE');
    expect(await settingsOf(theirs.organisation.id)).toEqual(before);
    expect(await getBusinessType(theirs.owner)).toBe('OTHER');
    expect(await enabledCatalogueKeys(theirs.owner)).not.toContain('yelp');
    expect(await enabledCatalogueKeys(theirs.owner)).toHaveLength(20);
  });

  it('lets staff look but not choose', async () => {
    const team = await createTeam();
    await expectAppError(applyBusinessType(team.staff, 'SHOP'), 'FORBIDDEN');
    expect(await getBusinessType(team.owner)).toBe('OTHER');
    expect(await enabledCatalogueKeys(team.owner)).toHaveLength(21);
  });

  it('takes the kind from one schema, shared by the onboarding form and the platforms page', () => {
    expect(businessTypeSchema.parse({ businessType: 'SHOP' })).toEqual({ businessType: 'SHOP' });
    for (const businessType of ['', 'shop', 'NONE', undefined])
      expect(businessTypeSchema.safeParse({ businessType }).error?.issues[0]?.message).toBe(
        'businessTypes.errors.required',
      );
  });
});
