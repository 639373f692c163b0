import 'server-only';
import type { ExportTable } from './export-tables';

// What an organisation export holds: one query per table, scoped by the organisation ($1) and
// ordered, so two exports of unchanged data are identical. Never selected: password and token
// hashes, the calendar feed's secret, invitation tokens, webhook endpoints' signing secrets. The comparison rollups
// (weekly_*, subject_block_totals) are derived from check-ins and time entries and left out.

/** The file names, in the order the archive lists them (the README describes each). */
export const organisationExportFiles = [
  'organisation',
  'members',
  'membership_group_limits',
  'invitations',
  'locations',
  'location_special_hours',
  'special_hours_batches',
  'special_hours_batch_locations',
  'location_groups',
  'location_group_members',
  'platforms',
  'platform_settings',
  'listing_items',
  'listing_changes',
  'listing_rating_snapshots',
  'check_ins',
  'check_in_minutes',
  'time_entries',
  'benchmark_sets',
  'benchmark_figures',
  'notifications',
  'verification_runs',
  'verification_tasks',
  'location_observations',
  'location_score_snapshots',
  'organisation_score_snapshots',
  'webhook_endpoints',
  'webhook_deliveries',
  'api_tokens',
  'audit_events',
] as const;

export type OrganisationExportFile = (typeof organisationExportFiles)[number];

const queries: Record<OrganisationExportFile, string> = {
  organisation: `
    SELECT id, name, slug, time_zone, freshness_days, checkin_weekday, reminder_hour,
           verification_sources::text[] AS verification_sources, verification_schedule::text AS verification_schedule,
           public_locator, published_fields::text[] AS published_fields, locator_embed_origins,
           created_at, updated_at
    FROM organisations WHERE id = $1`,
  members: `
    SELECT m.id AS membership_id, u.name, u.email, m.role::text AS role, m.created_at AS joined_at,
           m.calendar_token_hash IS NOT NULL AS calendar_feed_active, m.weekly_digest_mail, m.monthly_report_mail
    FROM memberships m JOIN users u ON u.id = m.user_id
    WHERE m.organisation_id = $1 ORDER BY m.created_at, m.id`,
  membership_group_limits: `
    SELECT gl.membership_id, u.email AS member_email, gl.group_id, g.name AS group_name, gl.created_at
    FROM membership_group_limits gl JOIN location_groups g ON g.id = gl.group_id
    JOIN memberships m ON m.id = gl.membership_id JOIN users u ON u.id = m.user_id
    WHERE gl.organisation_id = $1 ORDER BY gl.membership_id, gl.group_id`,
  invitations: `
    SELECT i.id, i.email, i.role::text AS role, i.anyone_with_link, u.email AS invited_by, i.created_at,
           i.expires_at, i.accepted_at, i.revoked_at
    FROM invitations i JOIN users u ON u.id = i.invited_by_id
    WHERE i.organisation_id = $1 ORDER BY i.created_at, i.id`,
  locations: `
    SELECT id, store_code, name, street, address_extra, postal_code, city, region, country_code, phone,
           website, email, primary_category, description, opening_hours, latitude, longitude,
           status::text AS status, assigned_membership_id, archived_at, created_at, updated_at
    FROM locations WHERE organisation_id = $1 ORDER BY id`,
  location_special_hours: `
    SELECT h.id, h.location_id, l.store_code, h.start_date, h.end_date, h.closed, h.ranges, h.note, h.batch_id
    FROM location_special_hours h JOIN locations l ON l.id = h.location_id
    WHERE l.organisation_id = $1 ORDER BY h.id`,
  special_hours_batches: `
    SELECT b.id, b.created_at, coalesce(cu.email, b.created_by_label) AS created_by, b.start_date, b.end_date,
           b.closed, b.ranges, b.note, b.holiday_region, b.holiday_name, b.scope::text AS scope, b.scope_value,
           b.scope_group_id, b.on_existing::text AS on_existing, b.location_count, b.replaced_count,
           b.skipped_count, b.undone_at, coalesce(uu.email, b.undone_by_label) AS undone_by
    FROM special_hours_batches b LEFT JOIN users cu ON cu.id = b.created_by_user_id
    LEFT JOIN users uu ON uu.id = b.undone_by_user_id
    WHERE b.organisation_id = $1 ORDER BY b.created_at, b.id`,
  special_hours_batch_locations: `
    SELECT bl.batch_id, bl.location_id, l.store_code, bl.replaced
    FROM special_hours_batch_locations bl JOIN locations l ON l.id = bl.location_id
    WHERE l.organisation_id = $1 ORDER BY bl.batch_id, bl.location_id`,
  location_groups: `
    SELECT id, name, kind::text AS kind, rule_field::text AS rule_field, rule_value, created_at, updated_at
    FROM location_groups WHERE organisation_id = $1 ORDER BY id`,
  location_group_members: `
    SELECT gm.group_id, gm.location_id, l.store_code, gm.created_at
    FROM location_group_members gm JOIN locations l ON l.id = gm.location_id
    WHERE gm.organisation_id = $1 ORDER BY gm.group_id, gm.location_id`,
  platforms: `
    SELECT id, key, name, kind::text AS kind, home_url, claim_hint_de, claim_hint_en, shows_name,
           shows_address, shows_phone, shows_website, shows_hours, has_ratings, weight, sort_order, created_at
    FROM platforms WHERE organisation_id = $1 ORDER BY id`,
  platform_settings: `
    SELECT s.platform_id, p.key AS platform_key, p.name AS platform_name, s.enabled
    FROM organisation_platforms s JOIN platforms p ON p.id = s.platform_id
    WHERE s.organisation_id = $1 ORDER BY p.key`,
  listing_items: `
    SELECT i.id, i.location_id, l.store_code, i.platform_id, p.key AS platform_key, i.status::text AS status,
           i.listing_url, i.shown_name, i.shown_street, i.shown_postcode, i.shown_city, i.shown_phone,
           i.shown_website, i.mismatched_fields, i.rating, i.review_count, i.last_checked_at,
           u.email AS last_checked_by, i.notes, i.version, i.updated_at
    FROM listing_items i JOIN locations l ON l.id = i.location_id JOIN platforms p ON p.id = i.platform_id
    LEFT JOIN users u ON u.id = i.last_checked_by_id
    WHERE i.organisation_id = $1 ORDER BY i.id`,
  listing_changes: `
    SELECT c.id, c.listing_item_id, c.changed_at, c.changed_by_name, c.source::text AS source, c.changes
    FROM listing_changes c JOIN listing_items i ON i.id = c.listing_item_id
    WHERE i.organisation_id = $1 ORDER BY c.id`,
  listing_rating_snapshots: `
    SELECT s.id, s.listing_item_id, s.recorded_at, s.rating, s.review_count, s.source::text AS source
    FROM listing_rating_snapshots s JOIN listing_items i ON i.id = s.listing_item_id
    WHERE i.organisation_id = $1 ORDER BY s.id`,
  check_ins: `
    SELECT c.id, c.location_id, l.store_code, c.week_start, c.membership_id, c.status::text AS status,
           c.posts_published, c.reviews_answered, c.rechecked_platform_ids, c.notes, c.blockers,
           c.submitted_at, su.email AS submitted_by, c.reopened_at, ru.email AS reopened_by, c.version,
           c.created_at, c.updated_at
    FROM check_ins c JOIN locations l ON l.id = c.location_id
    LEFT JOIN users su ON su.id = c.submitted_by_id LEFT JOIN users ru ON ru.id = c.reopened_by_id
    WHERE c.organisation_id = $1 ORDER BY c.id`,
  check_in_minutes: `
    SELECT m.check_in_id, m.platform_id, p.key AS platform_key, m.activity::text AS activity, m.minutes
    FROM check_in_minutes m JOIN check_ins c ON c.id = m.check_in_id JOIN platforms p ON p.id = m.platform_id
    WHERE c.organisation_id = $1 ORDER BY m.check_in_id, p.key, m.activity`,
  time_entries: `
    SELECT t.id, t.location_id, l.store_code, t.membership_id, u.email AS member_email, t.entry_date,
           t.week_start, t.minutes, t.platform_id, p.key AS platform_key, t.activity::text AS activity,
           t.note, t.created_at
    FROM time_entries t JOIN locations l ON l.id = t.location_id JOIN platforms p ON p.id = t.platform_id
    LEFT JOIN memberships m ON m.id = t.membership_id LEFT JOIN users u ON u.id = m.user_id
    WHERE t.organisation_id = $1 ORDER BY t.id`,
  benchmark_sets: `
    SELECT id, name, source, source_url, year, sample_size, notes, created_at
    FROM benchmark_sets WHERE organisation_id = $1 ORDER BY id`,
  benchmark_figures: `
    SELECT f.id, f.set_id, f.metric::text AS metric, f.key, f.label_de, f.label_en, f.share_percent,
           f.min_minutes, f.max_minutes, f.min_posts_per_week, f.platform_key, f.note_de, f.note_en, f.sort_order
    FROM benchmark_figures f JOIN benchmark_sets s ON s.id = f.set_id
    WHERE s.organisation_id = $1 ORDER BY f.id`,
  notifications: `
    SELECT id, membership_id, kind::text AS kind, week_start, data, created_at, read_at, emailed_at
    FROM notifications WHERE organisation_id = $1 ORDER BY id`,
  verification_runs: `
    SELECT r.id, r.location_id, r.trigger::text AS trigger, u.email AS requested_by,
           r.sources::text[] AS sources, r.created_at, r.finished_at
    FROM verification_runs r LEFT JOIN users u ON u.id = r.requested_by_id
    WHERE r.organisation_id = $1 ORDER BY r.created_at, r.id`,
  verification_tasks: `
    SELECT t.id, t.run_id, t.location_id, l.store_code, t.source::text AS source, t.status::text AS status,
           t.attempts, t.reason, t.finished_at
    FROM verification_tasks t JOIN locations l ON l.id = t.location_id
    WHERE t.organisation_id = $1 ORDER BY t.run_id, t.id`,
  location_observations: `
    SELECT o.id, o.location_id, l.store_code, o.source::text AS source, o.outcome::text AS outcome, o.observed_at,
           o.observed, o.differing_fields, o.details, o.source_url, o.external_id, o.external_version,
           o.suggested_status::text AS suggested_status, o.run_id
    FROM location_observations o JOIN locations l ON l.id = o.location_id
    WHERE o.organisation_id = $1 ORDER BY o.id`,
  location_score_snapshots: `
    SELECT s.location_id, l.store_code, s.snapshot_date, s.score, s.coverage, s.correctness, s.freshness, s.taken_at
    FROM location_score_snapshots s JOIN locations l ON l.id = s.location_id
    WHERE s.organisation_id = $1 ORDER BY s.snapshot_date, s.location_id`,
  organisation_score_snapshots: `
    SELECT snapshot_date, locations, score, coverage, correctness, freshness, taken_at
    FROM organisation_score_snapshots WHERE organisation_id = $1 ORDER BY snapshot_date`,
  webhook_endpoints: `
    SELECT id, url, description, events, format::text AS format, enabled, disabled_at, disabled_reason,
           failing_since, created_at
    FROM webhook_endpoints WHERE organisation_id = $1 ORDER BY created_at, id`,
  webhook_deliveries: `
    SELECT id, endpoint_id, message_id, event_type, event_key, payload, status::text AS status, attempts,
           last_status_code, last_response_ms, last_error, created_at, delivered_at
    FROM webhook_deliveries WHERE organisation_id = $1 ORDER BY created_at, id`,
  api_tokens: `
    SELECT t.id, t.name, t.token_prefix, u.email AS created_by, t.created_at, t.last_used_at, t.revoked_at
    FROM api_tokens t LEFT JOIN users u ON u.id = t.created_by_user_id
    WHERE t.organisation_id = $1 ORDER BY t.created_at, t.id`,
  audit_events: `
    SELECT id, created_at, actor_label, action, target_type, target_id, details, ip_address, user_agent
    FROM audit_events WHERE organisation_id = $1 ORDER BY created_at, id`,
};

export function organisationExportTables(organisationId: string): ExportTable[] {
  return organisationExportFiles.map((file) => ({ file, sql: queries[file], params: [organisationId] }));
}
