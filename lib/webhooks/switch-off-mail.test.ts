import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createJobQueue } from '@/lib/jobs/queue';
import { createOutboundClient } from '@/lib/outbound/outbound-fetch';
import { allowOnly, startLocalServer } from '@/lib/outbound/test-support';
import { addMember, addTestLocation, createTeam, createTestUser } from '@/tests/support/factories';
import { findLink } from '@/tests/support/smtp-catcher';
import { ownTestDatabaseWithMail } from '@/tests/support/own-test-database';
import { until } from '@/tests/support/until';
import { createWebhookEndpoint } from './endpoints';
import { sendWebhookDisabledMail } from './switch-off-mail';
import type { WebhookWorkerSettings } from './worker-settings';

// When an endpoint is switched off after 24 hours of failures, every owner also gets a mail in
// their language, once: the real worker, a receiver that answers 500 and a real SMTP catcher.

const { database, catcher } = await ownTestDatabaseWithMail();

const down = await startLocalServer((_, response) => {
  response.writeHead(500).end();
});
const settings: WebhookWorkerSettings = {
  client: createOutboundClient({ allow: allowOnly(down) }),
  retry: { retryLimit: 2, retryDelay: 1, retryBackoff: true, retryDelayMax: 2 },
  disableAfterFailingMs: 24 * 3_600_000,
  localConcurrency: 2,
  pollingIntervalSeconds: 0.5,
};

let boss: PgBoss;
beforeAll(async () => {
  boss = await createJobQueue({ connectionString: database.url, webhooks: settings });
});
afterAll(async () => {
  await boss?.stop({ graceful: false });
});

describe('the mail when an endpoint is switched off', () => {
  it('goes to each owner once, in their language, with the endpoint and a link to the settings', async () => {
    const team = await createTeam();
    await db.user.update({ where: { id: team.users.owner.id }, data: { locale: 'de' } });
    const secondOwner = await createTestUser({ label: 'second-owner', locale: 'en' });
    await addMember(team.organisation.id, secondOwner, 'OWNER');
    const url = down.url('/hooks');
    const { endpoint } = await createWebhookEndpoint(team.owner, {
      url,
      description: '',
      events: ['location.created'],
    });
    await db.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { failingSince: new Date(Date.now() - 25 * 3_600_000) },
    });
    await addTestLocation(team.owner);

    const german = await catcher.waitForMail(team.users.owner.email, { timeoutMs: 20_000 });
    const english = await catcher.waitForMail(secondOwner.email, { timeoutMs: 20_000 });
    expect(german.subject).toBe(`Webhook abgeschaltet: ${url}`);
    expect(german.text).toContain(`Hallo ${team.users.owner.name},`);
    expect(german.text).toContain(`  ${url}\n`);
    expect(german.text).toContain('24 Stunden');
    expect(findLink(german.text, `/o/${team.organisation.slug}/settings/webhooks`)).not.toBeNull();
    expect(english.subject).toBe(`Webhook switched off: ${url}`);
    expect(english.text).toContain('every delivery failed for 24 hours');

    // Owners only, and once: the notices are marked as mailed, and a job run again sends nothing.
    const notices = await db.notification.findMany({
      where: { organisationId: team.organisation.id, kind: 'WEBHOOK_DISABLED' },
      select: { id: true, emailedAt: true },
    });
    expect(notices).toHaveLength(2);
    await until(async () =>
      (
        await db.notification.findMany({
          where: { id: { in: notices.map((notice) => notice.id) } },
          select: { emailedAt: true },
        })
      ).every((notice) => notice.emailedAt !== null),
    );
    for (const notice of notices) expect(await sendWebhookDisabledMail(notice.id)).toBe('skipped');
    expect(catcher.messagesTo(team.users.owner.email)).toHaveLength(1);
    expect(catcher.messagesTo(secondOwner.email)).toHaveLength(1);
    expect(catcher.messagesTo(team.users.manager.email)).toHaveLength(0);
    expect(catcher.messagesTo(team.users.staff.email)).toHaveLength(0);
  });
});
