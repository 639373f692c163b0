import { expect, test } from '@playwright/test';
import { createOrganisation, newAccount, signUp } from './support/accounts';

test("another organisation's pages answer 404 and show nothing of it", async ({ page, browser }) => {
  const ownerA = newAccount('OwnerA');
  await signUp(page, ownerA);
  const secretName = `Geheimbäckerei ${ownerA.name}`;
  const dashboardA = await createOrganisation(page, secretName);

  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  const ownerB = newAccount('OwnerB');
  await signUp(otherPage, ownerB);
  await createOrganisation(otherPage, `Nachbarbetrieb ${ownerB.name}`);

  for (const path of [dashboardA, `${dashboardA}/settings/members`, `${dashboardA}/locations`]) {
    const response = await otherPage.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(otherPage.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible();
    await expect(otherPage.getByText(secretName)).toHaveCount(0);
    await expect(otherPage.getByText(ownerA.email)).toHaveCount(0);
  }
  // An organisation that does not exist looks exactly the same.
  const missing = await otherPage.goto('/o/does-not-exist-anywhere');
  expect(missing?.status()).toBe(404);
  await otherContext.close();
});
