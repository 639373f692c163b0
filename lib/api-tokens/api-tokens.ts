import 'server-only';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { actingUserId, assertRole, type MemberContext } from '@/lib/access/member-context';
import { assertNotGroupLimited } from '@/lib/access/group-filter';
import type { CreateApiTokenInput } from './schemas';
import { generateApiTokenSecret } from './token-secret';

// Tokens act for the whole organisation with a manager's rights, so only managers and owners
// create, see and revoke them.
const tokenAdminRole = 'MANAGER' as const;

/** Creates a token. The secret is in the answer only: it is never stored and cannot be shown again. */
export async function createApiToken(member: MemberContext, input: CreateApiTokenInput) {
  assertRole(member, tokenAdminRole);
  assertNotGroupLimited(member);
  const { token, tokenHash, tokenPrefix } = generateApiTokenSecret();
  const record = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        organisationId: member.organisation.id,
        name: input.name,
        tokenHash,
        tokenPrefix,
        createdByUserId: actingUserId(member),
      },
      select: { id: true, name: true, tokenPrefix: true, createdAt: true },
    });
    await recordTokenEvent(tx, member, 'api_token.created', created);
    return created;
  });
  return { token, record };
}

/** The organisation's tokens that still work, newest first. */
export async function listApiTokens(member: MemberContext) {
  assertRole(member, tokenAdminRole);
  assertNotGroupLimited(member);
  return db.apiToken.findMany({
    where: { organisationId: member.organisation.id, revokedAt: null },
    select: {
      id: true,
      name: true,
      tokenPrefix: true,
      createdAt: true,
      lastUsedAt: true,
      createdBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
}

/** Revokes at once: the next request with the token answers 401. */
export async function revokeApiToken(member: MemberContext, apiTokenId: string) {
  assertRole(member, tokenAdminRole);
  assertNotGroupLimited(member);
  await db.$transaction(async (tx) => {
    const [revoked] = await tx.apiToken.updateManyAndReturn({
      where: { id: apiTokenId, organisationId: member.organisation.id, revokedAt: null },
      data: { revokedAt: new Date() },
      select: { id: true, name: true, tokenPrefix: true },
    });
    if (!revoked) throw new AppError('NOT_FOUND');
    await recordTokenEvent(tx, member, 'api_token.revoked', revoked);
  });
}

function recordTokenEvent(
  tx: Transaction,
  member: MemberContext,
  action: 'api_token.created' | 'api_token.revoked',
  token: { id: string; name: string; tokenPrefix: string },
) {
  const target = { type: 'api_token', id: token.id };
  return recordMemberEvent(
    member,
    { action, target, details: { name: token.name, prefix: token.tokenPrefix } },
    tx,
  );
}
