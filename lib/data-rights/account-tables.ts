import 'server-only';
import type { ExportTable } from './export-tables';

// What an account export holds: the data about one person ($1 = their user id), across all
// their organisations. Never selected: the password hash, session ids (a session id is what the
// sign-in cookie carries), reset and calendar tokens.

export const accountExportFiles = [
  'profile',
  'sign_in_methods',
  'memberships',
  'sessions',
  'time_entries',
  'check_ins',
  'check_in_minutes',
  'listing_changes',
  'notifications',
  'audit_events',
] as const;

export type AccountExportFile = (typeof accountExportFiles)[number];

// Check-ins of the person's weeks (their membership) and those they submitted.
const theirCheckIns = `
  SELECT c.id FROM check_ins c
  WHERE c.membership_id IN (SELECT id FROM memberships WHERE user_id = $1) OR c.submitted_by_id = $1`;

const queries: Record<AccountExportFile, string> = {
  profile: `
    SELECT id, email, name, locale::text AS locale, password_hash IS NOT NULL AS has_password, created_at, updated_at
    FROM users WHERE id = $1`,
  sign_in_methods: `
    SELECT provider, created_at FROM oauth_accounts WHERE user_id = $1 ORDER BY created_at, provider`,
  memberships: `
    SELECT o.name AS organisation, o.slug AS organisation_slug, m.role::text AS role, m.created_at AS joined_at,
           m.calendar_token_hash IS NOT NULL AS calendar_feed_active, m.weekly_digest_mail, m.monthly_report_mail
    FROM memberships m JOIN organisations o ON o.id = m.organisation_id
    WHERE m.user_id = $1 ORDER BY o.name, o.slug`,
  sessions: `
    SELECT created_at, last_seen_at, expires_at, revoked_at, ip_address, user_agent
    FROM auth_sessions WHERE user_id = $1 ORDER BY created_at`,
  time_entries: `
    SELECT t.id, o.name AS organisation, l.store_code, l.name AS location, t.entry_date, t.minutes,
           p.name AS platform, t.activity::text AS activity, t.note, t.created_at
    FROM time_entries t JOIN memberships m ON m.id = t.membership_id
    JOIN organisations o ON o.id = t.organisation_id JOIN locations l ON l.id = t.location_id
    JOIN platforms p ON p.id = t.platform_id
    WHERE m.user_id = $1 ORDER BY t.entry_date, t.id`,
  check_ins: `
    SELECT c.id, o.name AS organisation, l.store_code, l.name AS location, c.week_start, c.status::text AS status,
           c.posts_published, c.reviews_answered, c.notes, c.blockers, c.submitted_at,
           c.submitted_by_id = $1 AS submitted_by_me, c.created_at, c.updated_at
    FROM check_ins c JOIN organisations o ON o.id = c.organisation_id JOIN locations l ON l.id = c.location_id
    WHERE c.id IN (${theirCheckIns}) ORDER BY c.week_start, c.id`,
  check_in_minutes: `
    SELECT m.check_in_id, p.name AS platform, m.activity::text AS activity, m.minutes
    FROM check_in_minutes m JOIN platforms p ON p.id = m.platform_id
    WHERE m.check_in_id IN (${theirCheckIns}) ORDER BY m.check_in_id, p.name, m.activity`,
  listing_changes: `
    SELECT c.id, o.name AS organisation, l.store_code, p.name AS platform, c.changed_at, c.changes
    FROM listing_changes c JOIN listing_items i ON i.id = c.listing_item_id
    JOIN organisations o ON o.id = i.organisation_id JOIN locations l ON l.id = i.location_id
    JOIN platforms p ON p.id = i.platform_id
    WHERE c.changed_by_id = $1 ORDER BY c.changed_at, c.id`,
  notifications: `
    SELECT n.id, o.name AS organisation, n.kind::text AS kind, n.week_start, n.data, n.created_at, n.read_at,
           n.emailed_at
    FROM notifications n JOIN memberships m ON m.id = n.membership_id JOIN organisations o ON o.id = n.organisation_id
    WHERE m.user_id = $1 ORDER BY n.created_at, n.id`,
  audit_events: `
    SELECT e.id, e.created_at, o.name AS organisation, e.actor_label, e.action, e.target_type, e.target_id,
           e.details, e.ip_address, e.user_agent
    FROM audit_events e LEFT JOIN organisations o ON o.id = e.organisation_id
    WHERE e.user_id = $1 ORDER BY e.created_at, e.id`,
};

export function accountExportTables(userId: string): ExportTable[] {
  return accountExportFiles.map((file) => ({ file, sql: queries[file], params: [userId] }));
}
