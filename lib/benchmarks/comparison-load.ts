import 'server-only';
import { cachedOrganisationRead } from '@/lib/cache/organisation-cache';
import { AppError } from '@/lib/errors';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { resolveGroupFilter } from '@/lib/access/group-filter';
import { locationGroupLimit } from '@/lib/access/location-scope';
import { addIsoWeeks, weekStartOf } from '@/lib/weeks/iso-week';
import { getBenchmarkSet, getDefaultBenchmarkSet, type BenchmarkSetView } from './benchmark-sets';
import {
  findComparisonFacts,
  findScopeSubjects,
  type ComparisonFacts,
  type ComparisonScope,
  type ScopeSubjects,
} from './comparison-queries';
import type { ComparisonScopeKind } from './comparison-types';
import type { ComparisonPeriod } from './period';
import type { ComparisonQuery } from './schemas';

// The comparison's first step: who may see which scope, and the facts of that scope (the
// benchmark set, the scope's location or member, and the weekly figures), read through the
// organisation's cache. The same three or four queries at any size.

export type LoadedComparison = {
  scope: ComparisonScope;
  kind: ComparisonScopeKind;
  set: BenchmarkSetView;
  subjects: ScopeSubjects;
  facts: ComparisonFacts;
};

/**
 * Who may see what: managers any location or member of the organisation (a limited manager only
 * their groups' locations, and members' figures only at those), staff only their own
 * figures (no filter means their own; a location must be assigned to them). Unknown, foreign
 * or forbidden ids are NOT_FOUND alike.
 */
function scopeFilters(member: MemberContext, query: { locationId?: string; membershipId?: string }) {
  if (hasRole(member, 'MANAGER'))
    return { locationId: query.locationId ?? null, membershipId: query.membershipId ?? null };
  if (query.membershipId && query.membershipId !== member.membershipId) throw new AppError('NOT_FOUND');
  if (query.locationId) return { locationId: query.locationId, membershipId: null };
  return { locationId: null, membershipId: member.membershipId };
}

/** The scope's location or member must exist in the organisation, and staff see only their own locations. */
function assertSubjectsVisible(member: MemberContext, scope: ComparisonScope, subjects: ScopeSubjects) {
  if (scope.locationId && !subjects.location) throw new AppError('NOT_FOUND');
  if (scope.membershipId && !subjects.member) throw new AppError('NOT_FOUND');
  if (
    !hasRole(member, 'MANAGER') &&
    subjects.location &&
    subjects.location.assignedMembershipId !== member.membershipId
  )
    throw new AppError('NOT_FOUND');
}

/**
 * The scope the member may see for the query over the period, and its facts. `subjectTables`
 * asks for the per-location and per-member tables, which only managers get, for the organisation.
 */
export async function loadComparison(
  member: MemberContext,
  query: ComparisonQuery,
  period: ComparisonPeriod,
  subjectTables: boolean,
  knownGroups?: readonly { id: string }[],
): Promise<LoadedComparison> {
  const scope: ComparisonScope = {
    organisationId: member.organisation.id,
    ...scopeFilters(member, query),
    firstMonday: weekStartOf(period.from),
    lastMonday: weekStartOf(period.to),
    countedLastMonday: weekStartOf(period.countedTo ?? addIsoWeeks(period.from, -1)),
    groupLimit: locationGroupLimit(member),
    groupId: await resolveGroupFilter(member, query.group, knownGroups),
  };
  const kind: ComparisonScopeKind = scope.locationId
    ? 'location'
    : scope.membershipId
      ? 'member'
      : 'organisation';
  const [set, subjects] = await Promise.all([
    query.set ? getBenchmarkSet(member, query.set) : getDefaultBenchmarkSet(member),
    cachedOrganisationRead(member, 'benchmarks.subjects', [scope], () => findScopeSubjects(scope)),
  ]);
  assertSubjectsVisible(member, scope, subjects);

  const tables = subjectTables && kind === 'organisation' && hasRole(member, 'MANAGER');
  const facts = await cachedOrganisationRead(member, 'benchmarks.facts', [scope, tables], () =>
    findComparisonFacts(scope, tables),
  );
  return { scope, kind, set, subjects, facts };
}
