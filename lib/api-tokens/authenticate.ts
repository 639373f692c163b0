import 'server-only';
import type { ApiTokenActor, MemberContext } from '@/lib/access/member-context';
import { db } from '@/lib/db/prisma';
import { hashApiToken, looksLikeApiToken } from './token-secret';

/** A member context that stands for an API token rather than a signed-in person. */
export type ApiMemberContext = MemberContext & { actor: ApiTokenActor; membershipId: null };

// Writing last_used_at on every request would turn each read into a write.
const lastUsedResolutionMs = 60 * 1000;

/**
 * The organisation a bearer token belongs to, as a member context with a manager's rights, or
 * null when the token is unknown or revoked. Tokens belong to the organisation: they keep working
 * when their creator leaves, until an owner or manager revokes them.
 */
export async function authenticateApiToken(bearer: string): Promise<ApiMemberContext | null> {
  if (!looksLikeApiToken(bearer)) return null;
  const token = await db.apiToken.findFirst({
    where: { tokenHash: hashApiToken(bearer), revokedAt: null },
    select: {
      id: true,
      name: true,
      lastUsedAt: true,
      organisation: {
        select: {
          id: true,
          name: true,
          slug: true,
          timeZone: true,
          checkinWeekday: true,
          reminderHour: true,
          freshnessDays: true,
          dataVersion: true,
        },
      },
      createdBy: {
        select: { id: true, memberships: { select: { id: true, organisationId: true } } },
      },
    },
  });
  if (!token) return null;
  await markUsed(token.id, token.lastUsedAt);
  const { id, name, slug, timeZone, checkinWeekday, reminderHour, freshnessDays, dataVersion } =
    token.organisation;
  const { createdBy } = token;
  const membership = createdBy?.memberships.find(
    (candidate) => candidate.organisationId === token.organisation.id,
  );
  return {
    actor: {
      kind: 'apiToken',
      tokenId: token.id,
      name: `API: ${token.name}`,
      createdBy: createdBy ? { userId: createdBy.id, membershipId: membership?.id ?? null } : null,
    },
    membershipId: null,
    role: 'MANAGER',
    organisation: { id, name, slug, timeZone },
    settings: { timeZone, checkinWeekday, reminderHour, freshnessDays },
    dataVersion: String(dataVersion),
  };
}

/** At most one write a minute per token; the condition keeps parallel requests from all writing. */
async function markUsed(apiTokenId: string, lastUsedAt: Date | null) {
  const now = Date.now();
  if (lastUsedAt && now - lastUsedAt.getTime() < lastUsedResolutionMs) return;
  const staleBefore = new Date(now - lastUsedResolutionMs);
  await db.apiToken.updateMany({
    where: { id: apiTokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
    data: { lastUsedAt: new Date(now) },
  });
}
