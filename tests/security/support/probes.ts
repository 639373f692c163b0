// The calls every case gets from its kind of access: the refused ones (nobody, a revoked session
// or token, the attacker with the victim's slug and ids, roles below the minimum, staff on what is
// not theirs) and the legitimate ones that prove the same input works.
import { hasRole } from '@/lib/access/member-context';
import type { EntryPointCase, Positive, Probe } from './entry-point-case';
import type { Outcome } from './outcomes';
import type { World } from './world';

/** The targets of a case: aimed at the unassigned location, and at the staff member's own one. */
export type Targets = { target: unknown; ownTarget?: unknown };

const succeededWith2xx = {
  description: 'a 2xx answer about its own organisation',
  test: (outcome: Outcome) => outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300,
};

export function probesFor(entryCase: EntryPointCase, world: World, { target }: Targets): Probe[] {
  const { access } = entryCase;
  const { victim, attacker } = world;
  const extra = entryCase.extraProbes?.(world, target) ?? [];
  switch (access.kind) {
    case 'custom':
      return [...access.probes(world, target), ...extra];
    case 'api':
      return [
        { name: 'no token', sessionId: null, token: null, refusals: ['UNAUTHENTICATED'] },
        {
          name: "the victim's revoked token",
          sessionId: null,
          token: victim.revokedToken,
          refusals: ['UNAUTHENTICATED'],
        },
        access.namesRecords
          ? {
              name: "another organisation's token with the victim's ids",
              sessionId: null,
              token: attacker.token,
              refusals: ['NOT_FOUND', ...(access.foreignRefusals ?? [])],
            }
          : {
              name: "another organisation's token",
              sessionId: null,
              token: attacker.token,
              refusals: [],
              accepts: succeededWith2xx,
              ownOrganisation: { writes: entryCase.writes },
            },
        ...extra,
      ];
    case 'member': {
      const probes: Probe[] = [
        { name: 'nobody', sessionId: null, refusals: ['UNAUTHENTICATED'] },
        {
          name: 'a revoked session of the victim owner',
          sessionId: victim.revokedOwnerSessionId,
          refusals: ['UNAUTHENTICATED'],
        },
        {
          name: "the owner of another organisation, in the victim's organisation",
          sessionId: attacker.owner.sessionId,
          refusals: ['NOT_FOUND'],
        },
      ];
      if (access.namesRecords) {
        probes.push({
          name: "the owner of another organisation, with the victim's ids in its own organisation",
          sessionId: attacker.owner.sessionId,
          slug: attacker.organisation.slug,
          refusals: ['NOT_FOUND', ...(access.foreignRefusals ?? [])],
          accepts: access.foreignAccepts,
        });
      }
      for (const role of ['STAFF', 'MANAGER'] as const) {
        if (hasRole({ role }, access.minimumRole)) continue;
        probes.push({
          name: `a ${role.toLowerCase()} member of the victim (needs ${access.minimumRole.toLowerCase()})`,
          sessionId: (role === 'STAFF' ? victim.staff : victim.manager).sessionId,
          refusals: ['FORBIDDEN', 'NOT_FOUND'],
        });
      }
      // A manager limited to a location group that holds none of the victim's targeted locations:
      // refused as for another organisation where the call names records, and a read shows
      // nothing of the locations outside their group.
      if (hasRole({ role: 'MANAGER' }, access.minimumRole) && !access.notGroupScoped) {
        const name = 'a manager of the victim limited to another location group';
        if (access.namesRecords) {
          probes.push({
            name,
            sessionId: victim.limitedManager.sessionId,
            refusals: ['NOT_FOUND', 'FORBIDDEN', ...(access.foreignRefusals ?? [])],
            accepts: access.foreignAccepts,
          });
        } else if (!entryCase.writes) {
          probes.push({
            name: `${name}, reading`,
            sessionId: victim.limitedManager.sessionId,
            refusals: [],
            accepts: { description: 'any answer (it must not show the other groups)', test: () => true },
          });
        }
      }
      if (access.staffOwnOnly) {
        probes.push({
          name: 'a staff member of the victim, on what is not theirs',
          sessionId: victim.staff.sessionId,
          refusals: ['FORBIDDEN', 'NOT_FOUND', ...(access.foreignRefusals ?? [])],
        });
      }
      return [...probes, ...extra];
    }
  }
}

export function positivesFor(
  entryCase: EntryPointCase,
  world: World,
  { target, ownTarget }: Targets,
): Positive[] {
  const { access } = entryCase;
  if (entryCase.positives) return entryCase.positives(world, target);
  if (access.kind === 'api')
    return [{ name: "the victim's token", sessionId: null, token: world.victim.token }];
  const owner: Positive = { name: 'the victim owner', sessionId: world.victim.owner.sessionId };
  if (access.kind === 'member' && access.staffOwnOnly) {
    return [
      { name: 'the staff member, on their own', sessionId: world.victim.staff.sessionId, target: ownTarget },
      owner,
    ];
  }
  return [owner];
}
