// Holiday hours for many locations (#17), from the owner's side: the location list leads to the
// page; a range that ends before it starts is refused beside its field; the owner chooses
// Fronleichnam of Nordrhein-Westfalen (not a holiday in Niedersachsen) for the locations of that
// region, sees in the preview that one already has special hours that day and is left out, applies
// to the other, finds the closure on its location page and undoes the change, after which the
// page shows no special hours again. Locations are written straight to the database (their own
// journeys are elsewhere). Axe on the form, the preview and the list; screenshots at 1280 and 390 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { screenshots } from './support/screenshots';
import { createTeam } from './support/team';

async function seed(slug: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM organisations WHERE slug = $1', [
      slug,
    ]);
    const organisationId = rows[0]!.id;
    const locations: [string, string, string, string, string][] = [
      ['Deichbrise Köln', 'K-1', '50667', 'Köln', 'Nordrhein-Westfalen'],
      ['Deichbrise Düsseldorf', 'D-1', '40213', 'Düsseldorf', 'Nordrhein-Westfalen'],
      ['Deichbrise Hannover', 'H-1', '30159', 'Hannover', 'Niedersachsen'],
    ];
    const ids: Record<string, string> = {};
    for (const [name, storeCode, postalCode, city, region] of locations) {
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO locations (id, organisation_id, store_code, name, street, postal_code, city, region, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, 'Hohe Straße 1', $4, $5, $6, now()) RETURNING id`,
        [organisationId, storeCode, name, postalCode, city, region],
      );
      ids[storeCode] = inserted.rows[0]!.id;
    }
    // Köln opens late on Fronleichnam already: its own entry stays.
    await client.query(
      `INSERT INTO location_special_hours (id, location_id, start_date, end_date, closed, ranges, note)
       VALUES (gen_random_uuid(), $1, '2027-05-27', '2027-05-27', false, '[{"opens":"12:00","closes":"16:00"}]', 'Prozession')`,
      [ids['K-1']],
    );
    return ids;
  } finally {
    await client.end();
  }
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

test('an owner closes the locations of a Land on its holiday, previews, applies and undoes', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { dashboard } = await createTeam(page, 'Filialleiterin');
  const slug = dashboard.split('/').at(-1)!;
  const ids = await seed(slug);

  await page.goto(`/o/${slug}/locations`);
  await page.getByRole('link', { name: 'Sonderöffnungszeiten für mehrere Standorte' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sonderöffnungszeiten für mehrere Standorte' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Noch keine Änderung für mehrere Standorte' }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'holiday-hours-form');

  // A range that ends before it starts is refused beside its field, the choice kept.
  await page.getByText('Ein Datum oder Zeitraum', { exact: true }).click();
  await page.getByLabel('Von').fill('2027-08-10');
  await page.getByLabel('Bis', { exact: true }).fill('2027-08-01');
  await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
  await expect(page.getByText('Das Ende liegt vor dem Anfang.')).toBeVisible();
  await expect(page.getByLabel('Bis', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // Fronleichnam is a holiday in Nordrhein-Westfalen, not in Niedersachsen.
  await page.getByText('Ein Feiertag', { exact: true }).click();
  await page.getByLabel('Bundesland', { exact: true }).selectOption({ label: 'Niedersachsen' });
  await expect(
    page.getByLabel('Feiertag', { exact: true }).locator('option', { hasText: 'Fronleichnam' }),
  ).toHaveCount(0);
  await page.getByLabel('Bundesland', { exact: true }).selectOption({ label: 'Nordrhein-Westfalen' });
  const holiday = page.getByLabel('Feiertag', { exact: true });
  await holiday.selectOption({
    label: (await holiday.locator('option', { hasText: 'Fronleichnam' }).textContent())!,
  });
  await page.getByLabel('Hinweis (optional)').fill('Fronleichnam');
  await page.getByText('Ein Bundesland oder eine Region', { exact: true }).click();
  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Nordrhein-Westfalen (2)' });
  await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();

  // The preview: two locations chosen, Köln keeps its own entry, Düsseldorf gets the closure.
  const preview = page.getByRole('region', { name: 'Vorschau' });
  await expect(preview.getByText('Noch ist nichts gespeichert.')).toBeVisible();
  await expect(
    preview.getByText(/Gesetzt wird: Fronleichnam \(Do\., 27\. Mai 2027\) · geschlossen/),
  ).toBeVisible();
  const rowOf = (name: string) => preview.getByRole('row').filter({ hasText: name });
  await expect(rowOf('Deichbrise Köln')).toContainText('Bleibt, wie es ist');
  await expect(rowOf('Deichbrise Köln')).toContainText('12:00');
  await expect(rowOf('Deichbrise Düsseldorf')).toContainText('Bekommt den Eintrag');
  await expect(rowOf('Deichbrise Hannover')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'holiday-hours-preview');

  await page.getByRole('button', { name: 'Für 1 Standort übernehmen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Übernommen: 1 Standort hat den Eintrag.' }),
  ).toBeVisible();
  const batches = page.getByRole('region', { name: 'Letzte Änderungen' });
  await expect(batches.getByRole('row').filter({ hasText: 'Fronleichnam' })).toContainText(
    'Region Nordrhein-Westfalen',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'holiday-hours-batches');

  // The location page shows the closure.
  await page.goto(`/o/${slug}/locations/${ids['D-1']}`);
  await expect(page.getByText(/27\.05\.2027: geschlossen – Fronleichnam/)).toBeVisible();

  // Undo in one step: the closure is gone, Köln's own entry stays.
  await page.goto(`/o/${slug}/locations/special-hours`);
  await page.getByRole('button', { name: /rückgängig machen/i }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Rückgängig gemacht: 1 Eintrag entfernt, 0 ersetzte wiederhergestellt.' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Letzte Änderungen' })).toContainText('Rückgängig gemacht (');
  await page.goto(`/o/${slug}/locations/${ids['D-1']}`);
  await expect(page.getByText('Keine Sonderöffnungszeiten.')).toBeVisible();
  await page.goto(`/o/${slug}/locations/${ids['K-1']}`);
  await expect(page.getByText(/Prozession/)).toBeVisible();
});
