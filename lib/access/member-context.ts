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

/**
 * The signed-in user acting inside one organisation. Every function of the data layer takes
 * one and scopes its queries by `organisationId`; nothing else grants access to tenant data.
 */
export type MemberContext = {
  user: { id: string; email: string; name: string; locale: Locale };
  membershipId: string;
  role: Role;
  organisation: { id: string; name: string; slug: string; timeZone: string };
  /** Read with the membership where it is cheap; see organisationSettings. */
  settings?: OrganisationSettings;
  /**
   * The organisation's data version when the context was read (lib/cache/organisation-cache.ts):
   * cached reads with this context see the organisation as it was then.
   */
  dataVersion?: string;
};

const roleRank: Record<Role, number> = { STAFF: 1, MANAGER: 2, OWNER: 3 };

export function hasRole(member: Pick<MemberContext, 'role'>, minimum: Role) {
  return roleRank[member.role] >= roleRank[minimum];
}

/** Throws FORBIDDEN unless the member holds at least `minimum`. */
export function assertRole(member: Pick<MemberContext, 'role'>, minimum: Role) {
  if (!hasRole(member, minimum)) throw new AppError('FORBIDDEN');
}
