import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { assertMayManageGroups, assertReadableGroupId } from './access';
import type { LocationGroupInput, LocationGroupRule, LocationGroupUpdate } from './schemas';

// A group's own data: create, read, change, delete. Every query is scoped to the member's
// organisation; another organisation's group (or one outside a limited manager's groups) is
// NOT_FOUND. Members of rule groups are kept by the database's triggers (migration
// location_groups), so changing a rule here re-places the locations in the same statement.

const groupColumns = {
  id: true,
  name: true,
  kind: true,
  ruleField: true,
  ruleValue: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { members: true } },
} as const;

type GroupRow = Prisma.LocationGroupGetPayload<{ select: typeof groupColumns }>;

export type LocationGroupView = Omit<GroupRow, '_count' | 'ruleField' | 'ruleValue'> & {
  rule: LocationGroupRule;
  memberCount: number;
};

function toView({ _count, ruleField, ruleValue, ...group }: GroupRow): LocationGroupView {
  return {
    ...group,
    rule: ruleField && ruleValue !== null ? { field: ruleField, value: ruleValue } : null,
    memberCount: _count.members,
  };
}

function ruleColumns(rule: LocationGroupRule | undefined) {
  if (rule === undefined) return {};
  return { ruleField: rule?.field ?? null, ruleValue: rule?.value ?? null };
}

function rethrowNameTaken(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    throw new AppError('CONFLICT', { messageKey: 'locationGroups.errors.nameTaken', field: 'name' });
  }
  throw error;
}

export function recordGroupEvent(
  tx: Transaction,
  member: MemberContext,
  action:
    | 'location_group.created'
    | 'location_group.updated'
    | 'location_group.deleted'
    | 'location_group.members_changed',
  group: { id: string; name: string },
  details: Record<string, string | number | null> = {},
) {
  const target = { type: 'location_group', id: group.id };
  return recordMemberEvent(member, { action, target, details: { name: group.name, ...details } }, tx);
}

/** One group with its rule and number of members. */
export async function getLocationGroup(member: MemberContext, groupId: string) {
  const id = assertReadableGroupId(member, groupId);
  const group = await db.locationGroup.findFirst({
    where: { id, organisationId: member.organisation.id },
    select: groupColumns,
  });
  if (!group) throw new AppError('NOT_FOUND');
  return toView(group);
}

export async function createLocationGroup(member: MemberContext, input: LocationGroupInput) {
  assertMayManageGroups(member);
  return db
    .$transaction(async (tx) => {
      const created = await tx.locationGroup.create({
        data: {
          organisationId: member.organisation.id,
          name: input.name,
          kind: input.kind,
          ...ruleColumns(input.rule),
        },
        select: groupColumns,
      });
      const rule = input.rule ? `${input.rule.field}: ${input.rule.value}` : null;
      await recordGroupEvent(tx, member, 'location_group.created', created, { rule });
      // The rule's members were placed by the insert's trigger; count them afterwards.
      const memberCount = await tx.locationGroupMember.count({ where: { groupId: created.id } });
      return { ...toView(created), memberCount };
    })
    .catch(rethrowNameTaken);
}

/** Changes what is given. A rule set or changed re-places the members; a rule removed keeps them as a hand set. */
export async function updateLocationGroup(
  member: MemberContext,
  groupId: string,
  update: LocationGroupUpdate,
) {
  assertMayManageGroups(member);
  const id = assertReadableGroupId(member, groupId);
  return db
    .$transaction(async (tx) => {
      const [updated] = await tx.locationGroup.updateManyAndReturn({
        where: { id, organisationId: member.organisation.id },
        data: {
          ...(update.name === undefined ? {} : { name: update.name }),
          ...(update.kind === undefined ? {} : { kind: update.kind }),
          ...ruleColumns(update.rule),
        },
        select: { id: true, name: true, ruleField: true, ruleValue: true },
      });
      if (!updated) throw new AppError('NOT_FOUND');
      const rule = updated.ruleField ? `${updated.ruleField}: ${updated.ruleValue}` : null;
      await recordGroupEvent(tx, member, 'location_group.updated', updated, { rule });
      const group = await tx.locationGroup.findUniqueOrThrow({ where: { id }, select: groupColumns });
      return toView(group);
    })
    .catch(rethrowNameTaken);
}

/** Deletes the group; its locations stay, only their membership and managers' limits to it go. */
export async function deleteLocationGroup(member: MemberContext, groupId: string) {
  assertMayManageGroups(member);
  const id = assertReadableGroupId(member, groupId);
  await db.$transaction(async (tx) => {
    const [group] = await tx.locationGroup.findMany({
      where: { id, organisationId: member.organisation.id },
      select: { id: true, name: true },
    });
    if (!group) throw new AppError('NOT_FOUND');
    await tx.locationGroup.delete({ where: { id: group.id } });
    await recordGroupEvent(tx, member, 'location_group.deleted', group);
  });
}
