import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { screenshots } from './support/screenshots';
import { createLocation, createTeam } from './support/team';

// The score history as an owner sees it: the location page says the trend starts tomorrow until
// two days are recorded; with a month of daily snapshots (written here as the daily job would)
// the dashboard draws the organisation's trend with its table, says what changed in the listings
// since last month, and switches to 12 months; the location page draws the location's.

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A live Facebook listing since two days ago (before: not started), as the checklist records it. */
async function recordLiveListing(locationId: string) {
  await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO listing_items (id, organisation_id, location_id, platform_id, status, version, updated_at)
       SELECT gen_random_uuid(), l.organisation_id, l.id, p.id, 'LIVE', 1, now()
       FROM locations l, platforms p WHERE l.id = $1 AND p.key = 'facebook' RETURNING id`,
      [locationId],
    );
    await client.query(
      `INSERT INTO listing_changes (id, listing_item_id, changed_by_name, changed_at, changes)
       VALUES (gen_random_uuid(), $1, 'Test', now() - interval '2 days',
               '{"status": {"from": "NOT_STARTED", "to": "LIVE"}}')`,
      [rows[0]!.id],
    );
  });
}

/** 30 daily snapshots up to yesterday, rising from 20 to 49, for the location and its organisation. */
async function recordMonthOfSnapshots(locationId: string) {
  await withDatabase(async (client) => {
    await client.query(
      `WITH days AS (
         SELECT (current_date - n)::date AS day, 49 - n + 1 AS score FROM generate_series(1, 30) AS n
       ), location AS (
         INSERT INTO location_score_snapshots
           (location_id, snapshot_date, organisation_id, score, coverage, correctness, freshness)
         SELECT l.id, d.day, l.organisation_id, d.score, d.score / 100.0, 0.5, 0.25
         FROM days d CROSS JOIN locations l WHERE l.id = $1
       )
       INSERT INTO organisation_score_snapshots
         (organisation_id, snapshot_date, locations, score, coverage, correctness, freshness)
       SELECT l.organisation_id, d.day, 1, d.score, d.score / 100.0, 0.5, 0.25
       FROM days d CROSS JOIN locations l WHERE l.id = $1`,
      [locationId],
    );
  });
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

test('an owner follows the presence score over time and sees what changed since last month', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const { owner, dashboard } = await createTeam(page, 'Verlaufschefin');
  const locationId = await createLocation(page, dashboard, {
    name: 'Laden am Deich',
    storeCode: 'V-1',
    street: 'Deichstraße 1',
    responsible: owner,
  });
  await recordLiveListing(locationId);

  await page.goto(`${dashboard}/locations/${locationId}`);
  await expect(page.getByText('Der Verlauf erscheint ab morgen', { exact: false })).toBeVisible();
  const changes = page.locator('section', { hasText: 'Was sich seit letztem Monat geändert hat' });
  await expect(changes.locator('[data-movement="gained"]')).toContainText('1');
  await expect(changes.getByRole('link', { name: 'Zur Checkliste' })).toHaveAttribute(
    'href',
    `${dashboard}/locations/${locationId}/listings`,
  );

  await recordMonthOfSnapshots(locationId);
  await page.goto(dashboard);
  const trend = page.locator('figure[data-chart="organisation-score-trend"]');
  await expect(trend.getByRole('img', { name: 'Verlauf des Präsenz-Scores' })).toBeVisible();
  await expect(trend.getByRole('img')).toHaveAccessibleName(/zuerst 20, zuletzt 49 von 100/);
  await trend.getByText('Werte als Tabelle').click();
  await expect(trend.getByRole('row')).toHaveCount(31);
  await expect(trend.getByRole('row').last()).toContainText('49');
  await expect(page.locator('[data-movement="gained"]')).toContainText('1');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'dashboard-score-trend');

  await page.getByRole('link', { name: '12 Monate' }).click();
  await expect(page).toHaveURL(/\?verlauf=365$/);
  await expect(page.getByRole('link', { name: '12 Monate' })).toHaveAttribute('aria-current', 'true');

  await page.goto(`${dashboard}/locations/${locationId}`);
  const locationTrend = page.locator('figure[data-chart="location-score-trend"]');
  await expect(
    locationTrend.getByRole('img', { name: 'Verlauf des Präsenz-Scores dieses Standorts' }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'location-score-trend');
});
