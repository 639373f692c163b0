import { expect, test } from '@playwright/test';
import { newAccount, signUp } from './support/accounts';
import { screenshots } from './support/screenshots';

test('a new bakery owner gets the platforms that fit, with reasons, and a dashboard that says what to do first', async ({
  page,
}, testInfo) => {
  const owner = newAccount('Fischkiosk');
  await signUp(page, owner);
  await expect(page).toHaveURL(/\/organisations\/new$/);
  const name = `Fischkiosk ${owner.name}`;

  // The kind of business is asked for, not assumed.
  await page.getByLabel('Name des Betriebs').fill(name);
  await expect(page.getByRole('radio', { name: 'Anderer Betrieb' })).not.toBeChecked();
  await screenshots(page, testInfo, '1-onboarding');
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await expect(page.getByText('Bitte wählen Sie die Art Ihres Betriebs.')).toBeVisible();
  await expect(page.getByLabel('Name des Betriebs')).toHaveValue(name);
  const bakery = page.getByRole('radio', { name: 'Bäckerei und Lebensmittel' });
  await expect(bakery).toHaveAccessibleDescription('Bäckerei, Metzgerei, Fischgeschäft, Hofladen');
  await bakery.check();
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await expect(page).toHaveURL(/\/o\/[a-z0-9-]+$/);
  const dashboard = new URL(page.url()).pathname;

  // Day one: first steps, no red 0 of 100.
  const firstSteps = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Erste Schritte' }) });
  await expect(firstSteps).toBeVisible();
  await expect(firstSteps.getByRole('link', { name: /Standorte mit Adresse/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(page.getByText('von 100')).toHaveCount(0);

  // The platforms page: the bakery's eight, each with its reason; the rest folded away.
  await page.goto(`${dashboard}/settings/platforms`);
  await expect(page.getByText('8 von 21 Plattformen werden verwendet.')).toBeVisible();
  await expect(page.getByText('Ihr Betrieb: Bäckerei und Lebensmittel.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Für Ihren Betrieb ausgewählt' })).toBeVisible();
  const visibleSwitches = page.getByRole('switch');
  await expect(visibleSwitches).toHaveCount(8);
  for (const platform of ['Google Business Profile', 'Apple Business Connect', 'Instagram', 'Das Örtliche'])
    await expect(page.getByRole('switch', { name: `${platform} verwenden` })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  await expect(
    page
      .locator('[data-platform="google-business-profile"]')
      .getByText('Wer morgens „Bäckerei in der Nähe“ sucht'),
  ).toBeVisible();
  for (const platform of ['XING', 'LinkedIn', 'Tripadvisor'])
    await expect(page.getByRole('switch', { name: `${platform} verwenden` })).toBeHidden();
  await screenshots(page, testInfo, '2-platforms');

  // Still the owner's choice: Tripadvisor switched on from the folded list stays there, on.
  await page.getByText('Weitere Plattformen (13)').click();
  const tripadvisor = page.getByRole('switch', { name: 'Tripadvisor verwenden' });
  await expect(page.locator('[data-platform="tripadvisor"]')).toContainText(
    'Reisende suchen auf Tripadvisor',
  );
  await tripadvisor.click();
  await expect(tripadvisor).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('9 von 21 Plattformen werden verwendet.')).toBeVisible();

  // A first location: the checklist holds the chosen platforms; the dashboard moves to step 2.
  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Kiosk am Fischereihafen');
  await page.getByLabel('Filialcode').fill('FH-1');
  await page.getByLabel('Straße und Hausnummer').fill('An der Packhalle 4');
  await page.getByLabel('PLZ').fill('27572');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);

  await page.goto(dashboard);
  await expect(firstSteps).toBeVisible();
  await expect(firstSteps.getByRole('link', { name: /Standorte mit Adresse/ })).toContainText('erledigt');
  await expect(firstSteps.getByRole('link', { name: /Die ersten Plattformen prüfen/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(page.getByText('von 100')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Noch nicht begonnen/ })).toContainText('9');
  await screenshots(page, testInfo, '3-dashboard');

  // Changing the kind later resets the catalogue to that kind's choice.
  await page.goto(`${dashboard}/settings/platforms`);
  await page.getByLabel('Art des Betriebs').selectOption('RESTAURANT_CAFE');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Auswahl übernehmen' }).click();
  await expect(page.getByText('Plattformen für „Restaurant oder Café“ ausgewählt.')).toBeVisible();
  await expect(page.getByText('12 von 21 Plattformen werden verwendet.')).toBeVisible();
  await expect(page.locator('[data-platform="tripadvisor"]')).toContainText(
    'Touristen und Geschäftsreisende wählen Restaurants auf Tripadvisor',
  );
});
