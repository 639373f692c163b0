// What the audit log records. Without server-only: the log page's filter lists them.
export const auditActions = [
  // Accounts and sessions (no organisation; owners see them for their members).
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_throttled',
  'auth.sign_out',
  'auth.sign_out_everywhere',
  'auth.password_changed',
  'auth.password_reset',
  'account.exported',
  'account.deleted',
  // Refused authorisation: a member asked for something their role does not allow.
  'access.denied',
  // An account opened or tried to accept an invitation bound to another address.
  'access.invitation_refused',
  // Members and roles.
  'member.invited',
  'member.invitation_revoked',
  'member.joined',
  'member.role_changed',
  'member.removed',
  'member.group_limit_changed',
  // Tokens and secrets.
  'api_token.created',
  'api_token.revoked',
  'calendar_feed.created',
  'calendar_feed.revoked',
  'webhook.created',
  'webhook.updated',
  'webhook.secret_rotated',
  'webhook.deleted',
  // Location groups and their members.
  'location_group.created',
  'location_group.updated',
  'location_group.deleted',
  'location_group.members_changed',
  // Data in bulk, and deletions.
  'locations.imported',
  'special_hours.batch_applied',
  'special_hours.batch_undone',
  'location.archived',
  'location.restored',
  'location.deleted',
  'platform.deleted',
  'benchmark_set.deleted',
  'time_entry.deleted',
  // What the organisation publishes (the public store locator).
  'publishing.settings_changed',
  'organisation.exported',
  'organisation.deleted',
] as const;

export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value);
}

/** The groups the log page filters by. */
export const auditCategories = ['signIns', 'access', 'members', 'tokens', 'data'] as const;
export type AuditCategory = (typeof auditCategories)[number];

const categoryByPrefix: Record<string, AuditCategory> = {
  auth: 'signIns',
  access: 'access',
  member: 'members',
  api_token: 'tokens',
  calendar_feed: 'tokens',
  webhook: 'tokens',
};

export function auditCategoryOf(action: AuditAction): AuditCategory {
  return categoryByPrefix[action.slice(0, action.indexOf('.'))] ?? 'data';
}

export function auditActionsIn(category: AuditCategory): AuditAction[] {
  return auditActions.filter((action) => auditCategoryOf(action) === category);
}
