// Who acts inside an organisation, and with which role. Types and pure checks only: every folder
// of lib/ may import this one, and it imports nothing of theirs (finding the member context of a
// request is lib/organisations/member-context.ts, recording a refusal lib/audit/access-denied.ts).
import { AppError } from '@/lib/errors';
import type { Locale, Role } from '@/lib/generated/prisma/enums';

/** The organisation's settings that pages read in several places (see organisationSettings). */
export type OrganisationSettings = {
  timeZone: string;
  checkinWeekday: number;
  reminderHour: number;
  freshnessDays: number;
};

/** A signed-in person, acting through their membership. */
export type MemberActor = { kind: 'member'; userId: string; name: string; email: string; locale: Locale };

/**
 * An API token of the organisation (its name reads "API: …" wherever its work is shown). The
 * person who made it is the author of what it writes ("submitted by", "last checked by") while
 * their account exists: `createdBy`, with their membership while they belong to the organisation;
 * null for a token made on the command line or whose creator was deleted.
 */
export type ApiTokenActor = {
  kind: 'apiToken';
  tokenId: string;
  name: string;
  createdBy: { userId: string; membershipId: string | null } | null;
};

/** Who acts: a member, or an API token. Audit entries record it as such (lib/audit/audit-log.ts). */
export type Actor = MemberActor | ApiTokenActor;

/**
 * Someone acting inside one organisation: a signed-in member or an API token. Every function of
 * the data layer takes one and scopes its queries by `organisationId`; nothing else grants access
 * to tenant data.
 */
export type MemberContext = {
  actor: Actor;
  /** The member's own membership; null for an API token, which is nobody's. */
  membershipId: string | null;
  role: Role;
  organisation: { id: string; name: string; slug: string; timeZone: string };
  /**
   * The location groups a manager is limited to (lib/access/location-scope.ts): they see and edit
   * only those groups' locations. Null or absent: not limited. Only managers are ever limited
   * (owners see everything, staff their assigned locations); API tokens are not.
   */
  groupLimit?: string[] | null;
  /** Read with the membership where it is cheap; see organisationSettings. */
  settings?: OrganisationSettings;
  /**
   * The organisation's data version when the context was read (lib/cache/organisation-cache.ts):
   * cached reads with this context see the organisation as it was then.
   */
  dataVersion?: string;
};

/** The member context of a signed-in person: pages, form actions and the app's own routes. */
export type SessionMemberContext = MemberContext & { actor: MemberActor; membershipId: string };

/**
 * The user to name in "changed by" columns (submitted, reopened, last checked by): the member, or
 * for an API token the person who made it; null when there is none.
 */
export function actingUserId(member: Pick<MemberContext, 'actor'>): string | null {
  return member.actor.kind === 'member' ? member.actor.userId : (member.actor.createdBy?.userId ?? null);
}

/**
 * The membership to hand work to that belongs to nobody yet (a check-in of an unassigned
 * location): the member's own, or for an API token its creator's while they belong to the
 * organisation; null otherwise.
 */
export function actingMembershipId(member: Pick<MemberContext, 'actor' | 'membershipId'>): string | null {
  return member.actor.kind === 'member'
    ? member.membershipId
    : (member.actor.createdBy?.membershipId ?? null);
}

const roleRank: Record<Role, number> = { STAFF: 1, MANAGER: 2, OWNER: 3 };

export function hasRole(member: Pick<MemberContext, 'role'>, minimum: Role) {
  return roleRank[member.role] >= roleRank[minimum];
}

/** Throws FORBIDDEN unless the member holds at least `minimum`. */
export function assertRole(member: Pick<MemberContext, 'role'>, minimum: Role) {
  if (!hasRole(member, minimum)) throw new AppError('FORBIDDEN');
}
