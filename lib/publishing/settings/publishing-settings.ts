import 'server-only';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { PublishedField } from '@/lib/generated/prisma/enums';
import { publishedFieldValues, type PublishingSettingsInput } from './schemas';

// The owner's settings of the public store locator (/l/<slug>): whether it is on, which fields it
// shows besides name, address and position, and which origins may frame it. Owners change them;
// managers read them (they see what is public); staff neither. The public pages read the
// settings by slug themselves (lib/publishing/locator), with no member.

export type PublishingSettings = {
  publicLocator: boolean;
  /** In the form's order (publishedFieldValues). */
  publishedFields: PublishedField[];
  /** Origins (scheme://host[:port]) whose pages may frame the locator. */
  embedOrigins: string[];
};

const settingsColumns = { publicLocator: true, publishedFields: true, locatorEmbedOrigins: true } as const;

function toSettings(row: {
  publicLocator: boolean;
  publishedFields: PublishedField[];
  locatorEmbedOrigins: string[];
}): PublishingSettings {
  return {
    publicLocator: row.publicLocator,
    publishedFields: publishedFieldValues.filter((field) => row.publishedFields.includes(field)),
    embedOrigins: row.locatorEmbedOrigins,
  };
}

/** The member's organisation's settings: owners and managers (limited ones too); FORBIDDEN for staff. */
export async function loadPublishingSettings(member: MemberContext): Promise<PublishingSettings> {
  assertRole(member, 'MANAGER');
  const row = await db.organisation.findUniqueOrThrow({
    where: { id: member.organisation.id },
    select: settingsColumns,
  });
  return toSettings(row);
}

/** Whether the member may change the settings (the page shows them read-only otherwise). */
export function mayChangePublishingSettings(member: MemberContext) {
  return member.actor.kind === 'member' && member.role === 'OWNER';
}

/**
 * Publishing makes data public, so only an owner decides it. A signed-in owner may; an API token
 * (which acts with a manager's rights) only while the member who made it is an owner of the
 * organisation, so a manager cannot publish through a token of their own. FORBIDDEN otherwise.
 */
async function assertMayChange(member: MemberContext) {
  if (member.actor.kind === 'member') return assertRole(member, 'OWNER');
  const makerMembershipId = member.actor.createdBy?.membershipId;
  const maker = makerMembershipId
    ? await db.membership.findFirst({
        where: { id: makerMembershipId, organisationId: member.organisation.id, role: 'OWNER' },
        select: { id: true },
      })
    : null;
  if (!maker) throw new AppError('FORBIDDEN', { messageKey: 'publishingSettings.errors.tokenNotOwners' });
}

/**
 * Replaces the settings with `input` (parsed by publishingSettingsSchema) and records the change
 * in the audit log, both in one transaction; an unchanged save writes nothing. Answers the
 * settings as stored.
 */
export async function updatePublishingSettings(
  member: MemberContext,
  input: PublishingSettingsInput,
): Promise<PublishingSettings> {
  await assertMayChange(member);
  return db.$transaction(async (tx) => {
    const before = toSettings(
      await tx.organisation.findUniqueOrThrow({
        where: { id: member.organisation.id },
        select: settingsColumns,
      }),
    );
    const after: PublishingSettings = {
      publicLocator: input.publicLocator,
      publishedFields: publishedFieldValues.filter((field) => input.publishedFields.includes(field)),
      embedOrigins: input.embedOrigins,
    };
    if (sameSettings(before, after)) return before;
    await tx.organisation.update({
      where: { id: member.organisation.id },
      data: {
        publicLocator: after.publicLocator,
        publishedFields: after.publishedFields,
        locatorEmbedOrigins: after.embedOrigins,
      },
    });
    await recordMemberEvent(
      member,
      {
        action: 'publishing.settings_changed',
        target: { type: 'organisation', id: member.organisation.id },
        details: {
          locator: after.publicLocator,
          fields: after.publishedFields.join(', ') || '–',
          origins: after.embedOrigins.join(', ') || '–',
        },
      },
      tx,
    );
    return after;
  });
}

function sameSettings(a: PublishingSettings, b: PublishingSettings) {
  return (
    a.publicLocator === b.publicLocator &&
    a.publishedFields.join() === b.publishedFields.join() &&
    a.embedOrigins.join(' ') === b.embedOrigins.join(' ')
  );
}
