import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pool } from '@/lib/db/pool';
import { db } from '@/lib/db/prisma';
import { expectAppError } from '@/tests/support/factories';
import { exportOrganisation } from './organisation-export';
import { organisationExportFiles } from './organisation-tables';
import { createFilledTeam, unzipDownload, type FilledTeam } from './test-support';

let team: FilledTeam;
let other: FilledTeam;

beforeEach(async () => {
  [team, other] = await Promise.all([createFilledTeam(), createFilledTeam()]);
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function exportedFiles(batchSize?: number) {
  const download = await exportOrganisation(team.owner, { locale: 'de', batchSize });
  return unzipDownload(download.stream);
}

const json = (files: Record<string, string>, file: string) =>
  JSON.parse(files[`${file}.json`] ?? 'null') as Record<string, unknown>[];

describe('exportOrganisation', () => {
  it('holds a JSON and a CSV file per table, a README and a manifest with the row counts', async () => {
    const files = await exportedFiles();
    const expected = organisationExportFiles.flatMap((file) => [`${file}.json`, `${file}.csv`]);
    expect(Object.keys(files).sort()).toEqual([...expected, 'README.txt', 'manifest.json'].sort());

    const manifest = JSON.parse(files['manifest.json']!);
    expect(manifest).toMatchObject({ kind: 'organisation', organisationId: team.organisation.id });
    expect(manifest.exportedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const rows = Object.fromEntries(
      manifest.files.map((file: { json: string; rows: number }) => [file.json, file.rows]),
    );
    expect(rows).toEqual({
      'organisation.json': 1,
      'members.json': 3,
      'membership_group_limits.json': 1,
      'invitations.json': 1,
      'locations.json': 2,
      'location_special_hours.json': 1,
      'special_hours_batches.json': 0,
      'special_hours_batch_locations.json': 0,
      'location_groups.json': 1,
      'location_group_members.json': 1,
      'platforms.json': 1,
      'platform_settings.json': 1,
      'listing_items.json': 1,
      'listing_changes.json': 1,
      'listing_rating_snapshots.json': 1,
      'check_ins.json': 1,
      'check_in_minutes.json': 1,
      'time_entries.json': 1,
      'benchmark_sets.json': 1,
      'benchmark_figures.json': 1,
      'notifications.json': 1,
      'verification_runs.json': 1,
      'verification_tasks.json': 1,
      'location_observations.json': 1,
      'location_score_snapshots.json': 1,
      'organisation_score_snapshots.json': 1,
      'webhook_endpoints.json': 1,
      'webhook_deliveries.json': 1,
      'api_tokens.json': 1,
      'audit_events.json': rows['audit_events.json'],
    });
    // Every JSON file holds what the manifest says, and its CSV one line more (the header).
    for (const file of organisationExportFiles) {
      expect(json(files, file)).toHaveLength(rows[`${file}.json`]);
      expect(files[`${file}.csv`]!.split('\r\n').filter(Boolean)).toHaveLength(rows[`${file}.json`] + 1);
    }
    expect(files['README.txt']).toContain(team.organisation.name);
    expect(files['README.txt']).toContain('locations.json / locations.csv');
    // The settings, the public store locator's among them.
    expect(json(files, 'organisation')[0]).toMatchObject({
      public_locator: false,
      published_fields: ['PHONE', 'WEBSITE', 'OPENING_HOURS'],
      locator_embed_origins: [],
    });
    // Its own export is the latest audit event (recorded before reading).
    expect(json(files, 'audit_events').map((event) => event.action)).toContain('organisation.exported');
  });

  it('covers every table that holds organisation data, except what is derived from it', async () => {
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT DISTINCT c.table_name AS name FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.column_name IN ('organisation_id', 'location_id', 'listing_item_id', 'set_id', 'check_in_id')`;
    const fileOf: Record<string, string> = {
      organisations: 'organisation',
      memberships: 'members',
      organisation_platforms: 'platform_settings',
    };
    const derived = [
      'weekly_platform_minutes',
      'weekly_check_in_totals',
      'subject_block_totals',
      // Cache bookkeeping, emptied by every commit.
      'organisation_pending_changes',
    ];
    const exported = new Set<string>(organisationExportFiles);
    const missing = tables
      .map(({ name }) => name)
      .filter((name) => !derived.includes(name) && !exported.has(fileOf[name] ?? name));
    expect(missing).toEqual([]);
  });

  it('holds the archived location, the members with email and role, times in UTC', async () => {
    const files = await exportedFiles();
    const locations = json(files, 'locations');
    expect(locations.map((location) => location.id).sort()).toEqual(
      [team.locationId, team.archivedId].sort(),
    );
    expect(locations.find((location) => location.id === team.archivedId)?.archived_at).toMatch(/Z$/);
    expect(json(files, 'members')).toContainEqual(
      expect.objectContaining({
        email: team.users.staff.email,
        role: 'STAFF',
        calendar_feed_active: true,
        weekly_digest_mail: true,
        monthly_report_mail: false,
      }),
    );
    expect(json(files, 'location_special_hours')[0]).toMatchObject({
      start_date: '2026-12-24',
      closed: true,
    });
  });

  it('never contains a password hash, token, token hash or calendar secret', async () => {
    const files = await exportedFiles();
    const everything = Object.values(files).join('\n');
    expect(team.secrets.length).toBeGreaterThanOrEqual(5);
    for (const secret of team.secrets) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/password_hash|token_hash|calendar_token_hash/);
  });

  it("holds only this organisation's rows", async () => {
    const files = await exportedFiles();
    const everything = Object.values(files).join('\n');
    for (const id of [
      other.organisation.id,
      other.locationId,
      other.checkInId,
      other.listingItemId,
      other.customPlatformId,
    ]) {
      expect(everything).not.toContain(id);
    }
    expect(everything).not.toContain(other.users.staff.email);
  });

  it('keeps spreadsheets from running cell text as formulas', async () => {
    const files = await exportedFiles();
    expect(files['platforms.csv']).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(files['check_ins.csv']).toContain("'@SUM(A1)");
    expect(files['time_entries.csv']).toContain("'-2+3");
    expect(files['listing_items.csv']).toContain("'+49 471 123");
    // The JSON keeps the text as it is.
    expect(json(files, 'check_ins')[0]?.notes).toBe('@SUM(A1)');
  });

  it('reads a few thousand rows in batches through a cursor', async () => {
    const platformId = team.customPlatformId;
    await db.timeEntry.createMany({
      data: Array.from({ length: 2_500 }, (_, index) => ({
        organisationId: team.organisation.id,
        locationId: team.locationId,
        entryDate: new Date('2026-11-24'),
        weekStart: new Date('2026-11-23'),
        minutes: 1 + (index % 90),
        platformId,
        activity: 'POSTING' as const,
      })),
    });
    const query = vi.spyOn(pg.Client.prototype, 'query');
    const files = await exportedFiles(500);
    const fetched = query.mock.calls
      .map(([config]) => (typeof config === 'string' ? config : (config as { text: string }).text))
      .filter((text) => text.startsWith('FETCH'));
    // Two passes (JSON and CSV) over 2,501 time entries in batches of 500: 6 fetches each.
    expect(fetched.every((text) => text === 'FETCH 500 FROM export_rows')).toBe(true);
    expect(fetched.length).toBeGreaterThanOrEqual(2 * 6 + 2 * (organisationExportFiles.length - 1));
    expect(json(files, 'time_entries')).toHaveLength(2_501);
  });

  it('gives its database connection back when the download is aborted', async () => {
    const { stream } = await exportOrganisation(team.owner, { locale: 'de', batchSize: 1 });
    const reader = stream.getReader();
    await reader.read();
    expect(pool().totalCount - pool().idleCount).toBe(1);
    await reader.cancel();
    expect(pool().totalCount - pool().idleCount).toBe(0);
    const [open] = await db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM pg_stat_activity
      WHERE datname = current_database() AND state = 'idle in transaction'`;
    expect(open?.count).toBe(0);
  });

  it('is for owners only', async () => {
    await expectAppError(exportOrganisation(team.manager, { locale: 'de' }), 'FORBIDDEN');
    await expectAppError(exportOrganisation(team.staff, { locale: 'de' }), 'FORBIDDEN');
  });
});
