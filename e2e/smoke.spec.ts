import { expect, test } from '@playwright/test';
import nodemailer from 'nodemailer';
import { linkPath, waitForMail } from './support/mailbox';

// Proves the harness: the production build answers, reaches its database, and mail reaches the catcher.
test('the sign-in page renders with a heading', async ({ page }) => {
  const response = await page.goto('/sign-in');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('h1').first()).not.toBeEmpty();
});

test('the health check answers 200 with the database reachable', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('mail sent over SMTP shows up in the mailbox', async () => {
  const address = `smoke-${crypto.randomUUID()}@ortsbild.test`;
  const transport = nodemailer.createTransport(`smtp://127.0.0.1:${process.env.SMTP_PORT ?? 2525}`);
  await transport.sendMail({
    from: 'smoke@ortsbild.test',
    to: address,
    subject: 'Smoke test',
    text: 'Follow http://127.0.0.1/invite/smoke-token to join.',
  });
  const mail = await waitForMail(address, { subject: 'Smoke' });
  expect(mail.to).toEqual([address]);
  expect(linkPath(mail, '/invite/')).toBe('/invite/smoke-token');
});
