import { expect, test, type Browser, type Page } from '@playwright/test';
import { createLocation, createTeam } from './support/team';

// The check-in form's autosave when someone else wrote the same week in between: two tabs of
// the same account, each with the week open, against the real server.

const savedAt = /Entwurf gespeichert um \d\d:\d\d/;

/** A team with one location in the owner's charge, the week's form open in two tabs. */
async function weekInTwoTabs(page: Page, browser: Browser, label: string) {
  const team = await createTeam(page, label);
  await createLocation(page, team.dashboard, {
    name: 'Filiale am Deich',
    storeCode: 'A-1',
    street: 'Am Deich 12',
    responsible: team.owner,
  });
  await page.goto(`${team.dashboard}/checkins`);
  await page.getByRole('link', { name: /Filiale am Deich/ }).click();
  await expect(page).toHaveURL(/\/checkins\/\d{4}-W\d{2}$/);
  const context = await browser.newContext({ storageState: await page.context().storageState() });
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole('button', { name: 'Abschließen' })).toBeVisible();
  return { team, second };
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /Entwurf|gespeichert|geändert/ });

test('a draft saved on an older version continues from the newer one, says so, and saves on top of it', async ({
  page,
  browser,
}) => {
  const { second } = await weekInTwoTabs(page, browser, 'Zweitab');

  // The first tab saves; the second still builds on the week as it was before.
  await page.getByLabel('Notizen').fill('Adventsaktion geplant');
  await expect(status(page)).toHaveText(savedAt);

  await second.getByLabel('Notizen').fill('Aus dem zweiten Tab');
  await expect(status(second)).toHaveText(
    'Jemand hat diesen Check-in inzwischen geändert. Der neue Stand ist geladen.',
  );
  await expect(second.getByLabel('Notizen')).toHaveValue('Adventsaktion geplant');

  // The next change builds on the newer version: saved, and the first tab sees both.
  await second.getByRole('button', { name: 'Veröffentlichte Beiträge erhöhen' }).click();
  await expect(status(second)).toHaveText(savedAt);
  await page.reload();
  await expect(page.getByLabel('Veröffentlichte Beiträge', { exact: true })).toHaveValue('1');
  await expect(page.getByLabel('Notizen')).toHaveValue('Adventsaktion geplant');
  await second.context().close();
});

test('a draft saved after the week was submitted elsewhere shows the submitted week read-only', async ({
  page,
  browser,
}) => {
  const { team, second } = await weekInTwoTabs(page, browser, 'Abschlusstab');

  await page.getByLabel('Notizen').fill('Alles erledigt');
  await expect(status(page)).toHaveText(savedAt);
  await page.getByRole('button', { name: 'Abschließen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, abschließen' }).click();
  await expect(page.getByText(`Abgeschlossen von ${team.owner.name} am`, { exact: false })).toBeVisible();

  // The second tab's change is not stored; the page turns into the submitted week.
  await second.getByLabel('Hindernisse').fill('Noch etwas nachgetragen');
  await expect(second.getByText(`Abgeschlossen von ${team.owner.name} am`, { exact: false })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Abschließen' })).toHaveCount(0);
  await expect(second.getByText('Alles erledigt')).toBeVisible();
  await expect(second.getByText('Noch etwas nachgetragen')).toHaveCount(0);
  await second.context().close();
});
