import 'server-only';
import { z } from 'zod';
import { isGroupLimited, locationGroupLimit } from '@/lib/access/location-scope';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { AppError } from '@/lib/errors';

// Who may do what with location groups. Owners and managers without a limit (and API tokens,
// which act with a manager's rights and are never limited) manage groups; a limited manager reads
// the groups they are limited to; staff do not see groups at all: they work on the locations
// assigned to them, and a group's roll-ups would show figures of locations that are not theirs.
// Owners (and API tokens, as for webhooks) set managers' limits.

/** Throws FORBIDDEN for staff. */
export function assertMayReadGroups(member: MemberContext) {
  assertRole(member, 'MANAGER');
}

/** Whether the member may create, change and delete groups and their members. */
export function mayManageGroups(member: MemberContext) {
  return member.role !== 'STAFF' && !isGroupLimited(member);
}

/** Throws FORBIDDEN unless the member may manage groups. */
export function assertMayManageGroups(member: MemberContext) {
  assertRole(member, 'MANAGER');
  if (isGroupLimited(member)) throw new AppError('FORBIDDEN');
}

/** Throws FORBIDDEN unless the member may set managers' group limits. */
export function assertMaySetGroupLimits(member: MemberContext) {
  if (member.actor.kind !== 'apiToken') assertRole(member, 'OWNER');
}

/** A group id the member may read: a malformed one, or one outside a limited manager's groups, is NOT_FOUND. */
export function assertReadableGroupId(member: MemberContext, groupId: string) {
  assertMayReadGroups(member);
  if (!z.uuid().safeParse(groupId).success) throw new AppError('NOT_FOUND');
  const limit = locationGroupLimit(member);
  if (limit && !limit.includes(groupId.toLowerCase())) throw new AppError('NOT_FOUND');
  return groupId.toLowerCase();
}
