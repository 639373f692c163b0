// Registry: the location groups' actions and their /api/v1 routes, and the owners' limits of
// managers (members page and API). The victim's groups carry the world's marker in their names,
// so a read that answers anyone else would show it.
import { db } from '@/lib/db/prisma';
import {
  formDataOf,
  memberActionCase,
  memberFormCase,
  apiCase,
  type EntryPointCase,
} from '../entry-point-case';
import type { World } from '../world';

const o = 'app/(app)/o/[slug]';
const actions = `${o}/groups/_actions/group-actions.ts`;
const v1 = 'app/api/v1/location-groups';
const saved = { kind: 'form' } as const;
const status = (code: number) => ({ kind: 'status', status: code }) as const;

type GroupTarget = { groupId: string; locationId: string };

/** A hand group of the victim named by the marker; `filled`: holding the targeted location. */
function victimGroup(filled: boolean) {
  return async (world: World, locationId: string): Promise<GroupTarget> => {
    const organisationId = world.victim.organisation.id;
    const group = await db.locationGroup.create({
      data: { organisationId, name: `${world.marker} Gruppe ${filled ? 'voll' : 'leer'}`, kind: 'REGION' },
      select: { id: true },
    });
    if (filled)
      await db.locationGroupMember.create({ data: { groupId: group.id, locationId, organisationId } });
    return { groupId: group.id, locationId };
  };
}

/** The victim's unlimited manager, with a group of the victim to limit them to. */
async function managerToLimit(world: World, locationId: string) {
  const { groupId } = await victimGroup(false)(world, locationId);
  return { groupId, membershipId: world.victim.manager.member.membershipId };
}

const groupForm = {
  name: 'Region Nord',
  kind: 'REGION',
  mode: 'rule',
  ruleField: 'CITY',
  ruleValue: 'Bremerhaven',
};

/** An action bound to the group after the slug: (slug, groupId, previous, formData). */
function onGroup(
  name: string,
  filled: boolean,
  form: (target: GroupTarget) => Record<string, string | string[]>,
  success = saved as { kind: 'form' } | { kind: 'redirect'; to: RegExp },
) {
  return memberActionCase<GroupTarget>(
    `${actions}#${name}`,
    { minimumRole: 'MANAGER', namesRecords: true },
    {
      prepare: victimGroup(filled),
      call: (action, { target, slug }) =>
        action(slug, target.groupId, { status: 'idle' }, formDataOf(form(target))),
      success,
      writes: true,
    },
  );
}

/** A route under /api/v1/location-groups/{id} aimed at the victim's group. */
function onGroupApi(
  method: string,
  suffix: string,
  code: number,
  options: { writes: boolean; filled: boolean; json?: (target: GroupTarget) => unknown },
) {
  return apiCase<GroupTarget>(
    `${method} ${v1}/[id]${suffix}/route.ts`,
    { namesRecords: true },
    {
      prepare: victimGroup(options.filled),
      request: (target) => ({
        path: `/api/v1/location-groups/${target.groupId}${suffix}`,
        method,
        params: { id: target.groupId },
        ...(options.json ? { json: options.json(target) } : {}),
      }),
      success: status(code),
      writes: options.writes,
      reveals: !options.writes,
    },
  );
}

export const locationGroupCases: EntryPointCase[] = [
  memberFormCase(
    `${actions}#createLocationGroupAction`,
    { minimumRole: 'MANAGER', namesRecords: false },
    {
      form: () => groupForm,
      success: { kind: 'redirect', to: /\/groups\/[0-9a-f-]{36}\?created=1$/ },
      writes: true,
    },
  ),
  onGroup('updateLocationGroupAction', false, () => ({ ...groupForm, name: 'Region Süd' })),
  onGroup('deleteLocationGroupAction', false, () => ({}), { kind: 'redirect', to: /\/groups$/ }),
  onGroup('addLocationsToGroupAction', false, ({ locationId }) => ({ locationIds: [locationId] })),
  onGroup('removeLocationsFromGroupAction', true, ({ locationId }) => ({ locationIds: [locationId] })),
  memberFormCase(
    `${o}/settings/members/_actions/set-group-limit.ts#setGroupLimitAction`,
    { minimumRole: 'OWNER', namesRecords: true },
    {
      prepare: managerToLimit,
      form: ({ membershipId, groupId }) => ({ membershipId, groupIds: [groupId] }),
      success: saved,
      writes: true,
    },
  ),
  apiCase<GroupTarget>(
    `GET ${v1}/route.ts`,
    { namesRecords: false },
    {
      prepare: victimGroup(true),
      request: () => ({ path: '/api/v1/location-groups' }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  apiCase(
    `POST ${v1}/route.ts`,
    { namesRecords: false },
    {
      request: () => ({ path: '/api/v1/location-groups', method: 'POST', json: groupForm }),
      success: status(201),
      writes: true,
    },
  ),
  onGroupApi('GET', '', 200, { writes: false, filled: false }),
  onGroupApi('PATCH', '', 200, { writes: true, filled: false, json: () => ({ name: 'Region Süd' }) }),
  onGroupApi('DELETE', '', 204, { writes: true, filled: false }),
  onGroupApi('GET', '/locations', 200, { writes: false, filled: true }),
  onGroupApi('POST', '/locations', 200, {
    writes: true,
    filled: false,
    json: ({ locationId }) => ({ locationIds: [locationId] }),
  }),
  onGroupApi('DELETE', '/locations', 200, {
    writes: true,
    filled: true,
    json: ({ locationId }) => ({ locationIds: [locationId] }),
  }),
  ...(['GET', 'PUT'] as const).map((method) =>
    apiCase(
      `${method} app/api/v1/members/[id]/group-limits/route.ts`,
      { namesRecords: true },
      {
        prepare: managerToLimit,
        request: ({ membershipId, groupId }) => ({
          path: `/api/v1/members/${membershipId}/group-limits`,
          method,
          params: { id: membershipId },
          ...(method === 'PUT' ? { json: { groupIds: [groupId] } } : {}),
        }),
        success: status(200),
        writes: method === 'PUT',
      },
    ),
  ),
];
