import { z } from 'zod';
import type { LocationGroupView } from '@/lib/location-groups/groups';
import type { GroupMemberRow } from '@/lib/location-groups/members';
import type { LocationGroupRollUp } from '@/lib/location-groups/roll-ups';
import { locationGroupKinds, locationGroupRuleFields } from '@/lib/location-groups/schemas';

// The stable JSON of location groups, their members and managers' limits in /api/v1; the schemas
// document it in openapi.json.

const ruleJsonSchema = z
  .object({ field: z.enum(locationGroupRuleFields), value: z.string() })
  .nullable()
  .meta({
    description:
      'Null: members are chosen by hand. Otherwise every location whose city or region equals the value (case-insensitively) or whose postcode starts with it.',
  });

export const locationGroupJsonSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(locationGroupKinds),
    rule: ruleJsonSchema,
    memberCount: z.int().min(0).meta({ description: 'Locations in the group, archived ones included.' }),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ title: 'LocationGroup' });

export const locationGroupRollUpJsonSchema = z
  .object({
    id: z.uuid().nullable().meta({ description: 'Null for the row of active locations in no group.' }),
    name: z.string().nullable(),
    kind: z.enum(locationGroupKinds).nullable(),
    rule: ruleJsonSchema,
    memberCount: z.int().min(0),
    activeLocations: z.int().min(0),
    score: z
      .int()
      .min(0)
      .max(100)
      .nullable()
      .meta({ description: 'Mean presence score of the active locations.' }),
    listingsNeedingAction: z.int().min(0).meta({
      description:
        'Checklist items on enabled platforms marked "needs update", or live or claimed with data that differs.',
    }),
    checkinsSubmitted: z
      .int()
      .min(0)
      .meta({ description: "This week's submitted check-ins (the organisation's time zone)." }),
    checkinsDue: z.int().min(0).meta({ description: 'One check-in per active location and week.' }),
  })
  .meta({ title: 'LocationGroupRollUp' });

export const locationGroupMemberJsonSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    storeCode: z.string(),
    city: z.string(),
    postalCode: z.string(),
    region: z.string().nullable(),
    archived: z.boolean(),
  })
  .meta({ title: 'LocationGroupMember' });

export const managerGroupLimitJsonSchema = z
  .object({
    membershipId: z.uuid(),
    role: z.enum(['OWNER', 'MANAGER', 'STAFF']),
    groups: z.array(z.object({ id: z.uuid(), name: z.string() })).meta({
      description: 'The groups the manager is limited to; empty: not limited.',
    }),
  })
  .meta({ title: 'ManagerGroupLimit' });

const ruleOf = (field: LocationGroupRollUp['ruleField'], value: string | null) =>
  field && value !== null ? { field, value } : null;

export function toLocationGroupJson(group: LocationGroupView): z.output<typeof locationGroupJsonSchema> {
  return {
    id: group.id,
    name: group.name,
    kind: group.kind,
    rule: group.rule,
    memberCount: group.memberCount,
    createdAt: group.createdAt.toISOString(),
    updatedAt: group.updatedAt.toISOString(),
  };
}

export function toLocationGroupRollUpJson(
  row: LocationGroupRollUp,
): z.output<typeof locationGroupRollUpJsonSchema> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    rule: ruleOf(row.ruleField, row.ruleValue),
    memberCount: row.memberCount,
    activeLocations: row.activeLocations,
    score: row.score,
    listingsNeedingAction: row.listingsNeedingAction,
    checkinsSubmitted: row.checkinsSubmitted,
    checkinsDue: row.checkinsDue,
  };
}

export function toLocationGroupMemberJson(
  row: GroupMemberRow,
): z.output<typeof locationGroupMemberJsonSchema> {
  return {
    id: row.id,
    name: row.name,
    storeCode: row.storeCode,
    city: row.city,
    postalCode: row.postalCode,
    region: row.region,
    archived: row.archivedAt !== null,
  };
}
