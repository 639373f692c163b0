import { expect, test, type Page } from '@playwright/test';
import { newAccount, signUp } from './support/accounts';
import { linkPath, waitForMail } from './support/mailbox';
import { createTeam, type Team } from './support/team';

/** Invites `email` as staff from the owner's members page; returns the path of the mailed link. */
async function invite(page: Page, team: Team, email: string, { anyoneWithLink = false } = {}) {
  await page.goto(`${team.dashboard}/settings/members`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Rolle', { exact: true }).selectOption('STAFF');
  if (anyoneWithLink) await page.getByLabel('Jeder mit diesem Link kann beitreten').check();
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(page.getByText(`Einladung an ${email} verschickt.`)).toBeVisible();
  return linkPath(await waitForMail(email, { subject: team.organisationName }), '/invite/');
}

test('an invitation turns another account away until the invited address signs up', async ({
  page,
  browser,
}) => {
  const team = await createTeam(page, 'Binder');
  const colleague = newAccount('Colleague');
  const invitePath = await invite(page, team, colleague.email);
  const openInvitation = page.getByRole('listitem').filter({ hasText: colleague.email });
  await expect(openInvitation).toContainText('nur mit dieser Adresse');

  // Someone signed in with another account opens the (forwarded) link: no way to accept, and
  // the invited address only masked.
  const context = await browser.newContext();
  const otherPage = await context.newPage();
  const stranger = newAccount('Stranger');
  await signUp(otherPage, stranger);
  await otherPage.goto(invitePath);
  await expect(
    otherPage.getByText(
      `Diese Einladung gilt für c…@ortsbild.test. Sie sind als ${stranger.email} angemeldet.`,
    ),
  ).toBeVisible();
  await expect(otherPage.getByRole('button', { name: 'Einladung annehmen' })).toHaveCount(0);
  await expect(otherPage.getByText(colleague.email)).toHaveCount(0);

  // Signing out leads to sign-up and back to the invitation, which the invited address accepts.
  await otherPage.getByRole('button', { name: 'Abmelden und Konto erstellen' }).click();
  await otherPage.waitForURL(/\/sign-up\?callbackUrl=/);
  const signUpUrl = new URL(otherPage.url());
  await signUp(otherPage, colleague, signUpUrl.pathname + signUpUrl.search);
  await expect(otherPage).toHaveURL(new RegExp(`${invitePath}$`));
  await otherPage.getByRole('button', { name: 'Einladung annehmen' }).click();
  await expect(otherPage).toHaveURL(new RegExp(`${team.dashboard}$`));
  await context.close();

  // The owner's log shows who was turned away, under refused access.
  await page.goto(`${team.dashboard}/settings/audit?category=access`);
  const log = page.getByRole('table', { name: 'Protokolleinträge, neueste zuerst' });
  const refusal = log.getByRole('row').filter({ hasText: `Einladung an ${colleague.email} abgewiesen` });
  await expect(refusal.first()).toContainText(stranger.email);
  await expect(refusal.first()).toContainText('Einladungsseite geöffnet');
});

test('an invitation the owner opened to anyone with the link admits another account', async ({
  page,
  browser,
}) => {
  const team = await createTeam(page, 'Opener');
  const privateAddress = newAccount('Private').email;
  const invitePath = await invite(page, team, privateAddress, { anyoneWithLink: true });
  await expect(page.getByRole('listitem').filter({ hasText: privateAddress })).toContainText(
    'jeder mit dem Link',
  );

  const context = await browser.newContext();
  const workPage = await context.newPage();
  await signUp(workPage, newAccount('Work'));
  await workPage.goto(invitePath);
  await workPage.getByRole('button', { name: 'Einladung annehmen' }).click();
  await expect(workPage).toHaveURL(new RegExp(`${team.dashboard}$`));
  await context.close();
});
