import { describe, expect, it } from 'vitest';
import { authenticateApiToken } from '@/lib/api-tokens/authenticate';
import { db } from '@/lib/db/prisma';
import { tokenFor } from '@/tests/support/api-requests';
import { expectAppError } from '@/tests/support/factories';
import { createGroupedTeam } from '@/tests/support/group-scope';
import { loadPublishingSettings, updatePublishingSettings } from './publishing-settings';
import { publishingSettingsSchema } from './schemas';

const stored = (organisationId: string) =>
  db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { publicLocator: true, publishedFields: true, locatorEmbedOrigins: true },
  });

const auditEvents = (organisationId: string) =>
  db.auditEvent.findMany({
    where: { organisationId, action: 'publishing.settings_changed' },
    select: { details: true, userId: true, apiTokenId: true, targetId: true },
  });

const input = publishingSettingsSchema.parse({
  publicLocator: true,
  publishedFields: ['WEBSITE', 'PHONE', 'EMAIL', 'PHONE'],
  embedOrigins: [
    'https://www.Example.de/filialen?x=1',
    '',
    'https://www.example.de',
    'http://localhost:8080/',
  ],
});

describe('publishing settings', () => {
  it('start off, with phone, website and hours, for owners and managers; staff read nothing', async () => {
    const team = await createGroupedTeam();
    const initial = {
      publicLocator: false,
      publishedFields: ['PHONE', 'WEBSITE', 'OPENING_HOURS'],
      embedOrigins: [],
    };
    expect(await loadPublishingSettings(team.owner)).toEqual(initial);
    expect(await loadPublishingSettings(team.manager)).toEqual(initial);
    expect(await loadPublishingSettings(team.limited)).toEqual(initial);
    await expectAppError(loadPublishingSettings(team.staff), 'FORBIDDEN');
  });

  it("an owner's change is stored normalised, with one audit entry; saving it again writes nothing", async () => {
    const team = await createGroupedTeam();
    const saved = await updatePublishingSettings(team.owner, input);
    const expected = {
      publicLocator: true,
      publishedFields: ['PHONE', 'WEBSITE', 'EMAIL'],
      embedOrigins: ['https://www.example.de', 'http://localhost:8080'],
    };
    expect(saved).toEqual(expected);
    expect(await loadPublishingSettings(team.manager)).toEqual(expected);
    expect(await stored(team.organisation.id)).toEqual({
      publicLocator: true,
      publishedFields: ['PHONE', 'WEBSITE', 'EMAIL'],
      locatorEmbedOrigins: ['https://www.example.de', 'http://localhost:8080'],
    });
    const [event, ...more] = await auditEvents(team.organisation.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      userId: team.users.owner.id,
      targetId: team.organisation.id,
      details: {
        locator: true,
        fields: 'PHONE, WEBSITE, EMAIL',
        origins: 'https://www.example.de, http://localhost:8080',
      },
    });

    await updatePublishingSettings(team.owner, input);
    expect(await auditEvents(team.organisation.id)).toHaveLength(1);
    await updatePublishingSettings(
      team.owner,
      publishingSettingsSchema.parse({ publicLocator: 'off', publishedFields: [], embedOrigins: [] }),
    );
    expect(await loadPublishingSettings(team.owner)).toEqual({
      publicLocator: false,
      publishedFields: [],
      embedOrigins: [],
    });
    expect((await auditEvents(team.organisation.id)).map((entry) => entry.details)).toContainEqual({
      locator: false,
      fields: '–',
      origins: '–',
    });
  });

  it('refuses managers (limited or not) and staff, and writes nothing', async () => {
    const team = await createGroupedTeam();
    for (const member of [team.manager, team.limited, team.staff]) {
      await expectAppError(updatePublishingSettings(member, input), 'FORBIDDEN');
    }
    expect((await stored(team.organisation.id)).publicLocator).toBe(false);
    expect(await auditEvents(team.organisation.id)).toEqual([]);
  });

  it('lets an API token change them only while the member who made it is an owner', async () => {
    const team = await createGroupedTeam();
    const ownersToken = await authenticateApiToken(await tokenFor(team.owner, 'Website'));
    const managersToken = await authenticateApiToken(await tokenFor(team.manager, 'Manager script'));
    await expectAppError(updatePublishingSettings(managersToken!, input), 'FORBIDDEN');
    expect(await auditEvents(team.organisation.id)).toEqual([]);

    await updatePublishingSettings(ownersToken!, input);
    const [event] = await auditEvents(team.organisation.id);
    expect(event?.apiTokenId).toBe(ownersToken!.actor.tokenId);

    // The owner becomes a manager: their token no longer decides what is public.
    await db.membership.update({ where: { id: team.owner.membershipId! }, data: { role: 'MANAGER' } });
    await expectAppError(
      updatePublishingSettings(ownersToken!, { ...input, publicLocator: false }),
      'FORBIDDEN',
    );
    expect((await stored(team.organisation.id)).publicLocator).toBe(true);
  });

  it("changes only the member's own organisation", async () => {
    const [team, other] = [await createGroupedTeam(), await createGroupedTeam()];
    await updatePublishingSettings(team.owner, input);
    expect((await stored(other.organisation.id)).publicLocator).toBe(false);
    expect(await auditEvents(other.organisation.id)).toEqual([]);
  });
});
