import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { screenshots } from './support/screenshots';
import { createLocation, createTeam } from './support/team';

// The monthly report as an owner reads it: found in the navigation, last month by default with
// its score chart, narrowed to a location group, switched to the running month, downloaded as a
// PDF; printed on A4 without navigation (a PDF of the printed page is kept for a person to look at).

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The organisation as if it had existed for a year: created then, a daily score snapshot for each
 * day of last month rising from 40 to 70 (the location's the same), and a group "Nord" holding
 * the location.
 */
async function seedHistory(locationId: string) {
  await withDatabase(async (client) => {
    await client.query(
      `UPDATE organisations SET created_at = now() - interval '1 year'
       WHERE id = (SELECT organisation_id FROM locations WHERE id = $1)`,
      [locationId],
    );
    await client.query(
      `WITH days AS (
         SELECT d::date AS day,
                40 + round(30 * (extract(day FROM d) - 1) / (extract(day FROM date_trunc('month', current_date) - interval '1 day') - 1))::int AS score
         FROM generate_series(date_trunc('month', current_date) - interval '1 month',
                              date_trunc('month', current_date) - interval '1 day', interval '1 day') AS d
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
    await client.query(
      `WITH g AS (
         INSERT INTO location_groups (id, organisation_id, name, updated_at)
         SELECT gen_random_uuid(), organisation_id, 'Nord', now() FROM locations WHERE id = $1
         RETURNING id, organisation_id
       )
       INSERT INTO location_group_members (group_id, location_id, organisation_id)
       SELECT g.id, $1, g.organisation_id FROM g`,
      [locationId],
    );
  });
}

const monthName = (offset: number) => {
  const now = new Date();
  const date = new Date(Date.UTC(now.getFullYear(), now.getMonth() + offset, 15));
  return new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
};

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

test('an owner reads the monthly report, narrows it to a group and a month, and downloads the PDF', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { owner, dashboard, organisationName } = await createTeam(page, 'Berichtschefin');
  const locationId = await createLocation(page, dashboard, {
    name: 'Laden am Deich',
    storeCode: 'B-1',
    street: 'Deichstraße 1',
    responsible: owner,
  });
  await seedHistory(locationId);

  await page.goto(dashboard);
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .first()
    .getByRole('link', { name: 'Monatsbericht' })
    .click();
  await expect(page).toHaveURL(`${dashboard}/reports`);
  await expect(page.getByRole('heading', { name: `Monatsbericht ${monthName(-1)}` })).toBeVisible();
  await expect(page.getByText(`${organisationName} · Alle Standorte`)).toBeVisible();
  const score = page.locator('section', { has: page.getByRole('heading', { name: 'Präsenz-Score' }) });
  await expect(score.getByText('Score am Monatsende', { exact: true })).toBeVisible();
  await expect(score.locator('dd').first()).toHaveText('70');
  await expect(page.locator('figure[data-chart="report-daily"]').getByRole('img')).toBeVisible();
  await expect(
    page.getByText('Kein Eintrag braucht gerade jemanden.').or(page.getByText(/Einträge? brauch/)),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'report');

  // The printed page: no navigation, A4, a page per section.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).first()).toBeHidden();
  await expect(page.getByRole('search', { name: 'Bericht wählen' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('report-print.png'), fullPage: true });
  await page.pdf({ path: testInfo.outputPath('report-print.pdf'), format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });

  // A group.
  await page.getByLabel('Standortgruppe').selectOption({ label: 'Nord (1)' });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page).toHaveURL(/[?&]group=[0-9a-f-]{36}/);
  await expect(page.getByText(`${organisationName} · Nord`)).toBeVisible();
  await expect(score.locator('dd').first()).toHaveText('70');

  // The running month: no score yet, the figures so far.
  await page.getByLabel('Monat', { exact: true }).selectOption({ label: monthName(0) });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByRole('heading', { name: `Monatsbericht ${monthName(0)}` })).toBeVisible();
  await expect(page.getByText('Der Monat läuft noch')).toBeVisible();
  await expect(page.getByText('Noch kein Score für diesen Monat')).toBeVisible();

  // The PDF of last month.
  await page.getByLabel('Monat', { exact: true }).selectOption({ label: monthName(-1) });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'PDF herunterladen' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ortsbild-bericht-[a-z0-9-]+-\d{4}-\d{2}\.pdf$/);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await download.saveAs(testInfo.outputPath(download.suggestedFilename()));
});
