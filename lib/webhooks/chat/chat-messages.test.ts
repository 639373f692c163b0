import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { emitOverdueCheckInEvents } from '@/lib/checkin-overdue/overdue-events';
import { createJobQueue } from '@/lib/jobs/queue';
import { insertLongStandingLocation, setTestSchedule } from '@/lib/reminders/test-support';
import { updateListingItem } from '@/lib/listings/checklist';
import { createOutboundClient } from '@/lib/outbound/outbound-fetch';
import { allowOnly, startLocalServer } from '@/lib/outbound/test-support';
import { addTestLocation, createTeam, platformIdByKey } from '@/tests/support/factories';
import { ownTestDatabase } from '@/tests/support/own-test-database';
import { until } from '@/tests/support/until';
import { createWebhookEndpoint, listWebhookDeliveries, sendWebhookTestEvent } from '../endpoints';
import type { WebhookEventType, WebhookFormatName } from '../events';
import type { WebhookWorkerSettings } from '../worker-settings';
import { escapeMarkdown, escapeSlack } from './chat-formats';

// Endpoints of the chat formats get the same events as readable messages, through the same
// queue, worker and log: a local receiver checks each incoming webhook's documented shape (Slack
// `text` and `blocks` with mrkdwn, Mattermost markdown `text`, a Teams message with an Adaptive
// Card 1.4) and that a location's name cannot mention a channel or make a link.

const database = await ownTestDatabase();

const receiver = await startLocalServer((_, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
});
const settings: WebhookWorkerSettings = {
  client: createOutboundClient({ allow: allowOnly(receiver) }),
  retry: { retryLimit: 2, retryDelay: 1, retryBackoff: true, retryDelayMax: 2 },
  disableAfterFailingMs: 24 * 3_600_000,
  localConcurrency: 4,
  pollingIntervalSeconds: 0.5,
};

let boss: PgBoss;
beforeAll(async () => {
  boss = await createJobQueue({ connectionString: database.url, webhooks: settings });
});
afterAll(async () => {
  await boss?.stop({ graceful: false });
});

const hostileName = 'Bäckerei <!channel> & @channel [Gewinn](https://evil.example) *fett*';
const events: WebhookEventType[] = ['location.created', 'listing.status_changed'];

/** A team whose owner reads `locale`, with one endpoint per chat format on the receiver. */
async function chatTeam(prefix: string, locale: 'de' | 'en') {
  const team = await createTeam();
  await db.user.update({ where: { id: team.users.owner.id }, data: { locale } });
  const formats: WebhookFormatName[] = ['slack', 'teams', 'mattermost'];
  const endpoints = Object.fromEntries(
    await Promise.all(
      formats.map(async (format) => {
        const { endpoint } = await createWebhookEndpoint(team.owner, {
          url: receiver.url(`/${prefix}/${format}`),
          description: '',
          events,
          format,
        });
        return [format, endpoint] as const;
      }),
    ),
  );
  return { team, endpoints };
}

const bodiesAt = (path: string) =>
  receiver.seen
    .filter((request) => request.path === path)
    .map((request) => JSON.parse(request.body) as unknown);

type SlackBody = {
  text: string;
  blocks: [
    { type: 'section'; text: { type: string; text: string } },
    { type: 'context'; elements: [{ type: string; text: string }] },
  ];
};
type MattermostBody = { text: string };
type TeamsBody = {
  type: string;
  attachments: [
    {
      contentType: string;
      contentUrl: null;
      content: {
        type: string;
        version: string;
        body: { type: string; text: string; weight?: string; wrap: boolean }[];
        actions: { type: string; title: string; url: string }[];
      };
    },
  ];
};

describe('chat messages', () => {
  it('posts each event to Slack, Teams and Mattermost in their shapes, with user text escaped', async () => {
    const { team, endpoints } = await chatTeam('de', 'de');
    const locationId = await addTestLocation(team.owner, { name: hostileName });
    const platformId = await platformIdByKey('openstreetmap');
    await updateListingItem(team.owner, locationId, platformId, { version: 0, status: 'LIVE' });

    for (const format of ['slack', 'teams', 'mattermost']) {
      await until(() => bodiesAt(`/de/${format}`).length === 2, { timeoutMs: 20_000 });
    }
    const locationPath = `/o/${team.organisation.slug}/locations/${locationId}`;
    const requests = receiver.seen.filter((request) => request.path.startsWith('/de/'));
    for (const request of requests) {
      // Chat webhooks check no signature: none is sent.
      expect(request.headers['webhook-signature']).toBeUndefined();
      expect(request.headers['content-type']).toBe('application/json');
    }

    const [slackCreated, slackListing] = bodiesAt('/de/slack') as SlackBody[];
    expect(slackCreated!.text.split('\n')).toEqual([
      'Neuer Standort: Bäckerei &lt;!channel&gt; &amp; @channel [Gewinn](https://evil.example) *fett*',
      `Organisation: ${team.organisation.name}`,
      expect.stringMatching(/^Filialnummer: T-/),
    ]);
    expect(slackCreated!.text).not.toContain('<!channel>');
    expect(slackCreated!.blocks[0]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: expect.stringMatching(
          /^\*Neuer Standort: Bäckerei &lt;!channel&gt; &amp; @channel .*\*\nOrganisation: /,
        ),
      },
    });
    expect(slackCreated!.blocks[1].type).toBe('context');
    expect(slackCreated!.blocks[1].elements[0]).toEqual({
      type: 'mrkdwn',
      text: expect.stringMatching(new RegExp(`^<https?://[^|>]+${locationPath}\\|In Ortsbild öffnen>$`)),
    });
    expect(slackListing!.text.split('\n')).toEqual([
      'OpenStreetMap bei Bäckerei &lt;!channel&gt; &amp; @channel [Gewinn](https://evil.example) *fett*',
      `Organisation: ${team.organisation.name}`,
      'Status: Nicht begonnen → Live und korrekt',
    ]);

    const [mattermostCreated] = bodiesAt('/de/mattermost') as MattermostBody[];
    const lines = mattermostCreated!.text.split('\n');
    expect(lines[0]).toBe(
      '**Neuer Standort: Bäckerei \\<!channel\\> & @\u2060channel \\[Gewinn\\]\\(https://evil.example\\) \\*fett\\***',
    );
    expect(mattermostCreated!.text).not.toMatch(/@channel|(?<!\\)\[Gewinn/);
    expect(lines.at(-1)).toMatch(new RegExp(`^\\[In Ortsbild öffnen\\]\\(https?://[^)]+${locationPath}\\)$`));

    const [teamsCreated, teamsListing] = bodiesAt('/de/teams') as TeamsBody[];
    expect(teamsCreated!.type).toBe('message');
    expect(teamsCreated!.attachments).toHaveLength(1);
    const [attachment] = teamsCreated!.attachments;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content.type).toBe('AdaptiveCard');
    expect(Number(attachment.content.version)).toBeLessThanOrEqual(1.4);
    expect(attachment.content.body[0]).toEqual({
      type: 'TextBlock',
      text: 'Neuer Standort: Bäckerei \\<!channel\\> & @channel \\[Gewinn\\]\\(https://evil.example\\) \\*fett\\*',
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    });
    expect(attachment.content.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'In Ortsbild öffnen',
        url: expect.stringMatching(new RegExp(`${locationPath}$`)),
      },
    ]);
    expect(teamsListing!.attachments[0].content.body.map((block) => block.text)).toContain(
      'Status: Nicht begonnen → Live und korrekt',
    );

    // The same delivery log as signed endpoints.
    for (const endpoint of Object.values(endpoints)) {
      await until(async () =>
        (await listWebhookDeliveries(team.owner, endpoint.id)).every((row) => row.status === 'SUCCEEDED'),
      );
      const log = await listWebhookDeliveries(team.owner, endpoint.id);
      expect(log.map((row) => [row.eventType, row.lastStatusCode])).toEqual([
        ['listing.status_changed', 200],
        ['location.created', 200],
      ]);
    }
  });

  it('sends a readable test message in the language of the organisation', async () => {
    const { team, endpoints } = await chatTeam('en', 'en');
    for (const endpoint of Object.values(endpoints)) await sendWebhookTestEvent(team.owner, endpoint.id);
    for (const format of ['slack', 'teams', 'mattermost']) {
      await until(() => bodiesAt(`/en/${format}`).length === 1, { timeoutMs: 20_000 });
    }
    const settingsPath = `/o/${team.organisation.slug}/settings/webhooks`;
    const [slack] = bodiesAt('/en/slack') as SlackBody[];
    expect(slack!.text).toBe(
      `Test message from Ortsbild\nThis channel is connected and receives the chosen events of ${escapeSlack(team.organisation.name)}.`,
    );
    expect(slack!.blocks[1].elements[0].text).toMatch(new RegExp(`${settingsPath}\\|Open in Ortsbild>$`));
    const [mattermost] = bodiesAt('/en/mattermost') as MattermostBody[];
    expect(mattermost!.text.split('\n')[0]).toBe('**Test message from Ortsbild**');
    const [teams] = bodiesAt('/en/teams') as TeamsBody[];
    expect(teams!.attachments[0].content.body[0]!.text).toBe('Test message from Ortsbild');
    expect(teams!.attachments[0].content.actions[0]!.title).toBe('Open in Ortsbild');
  });

  it('tells Mattermost of an overdue check-in with its deadline on the organisation clock and who is assigned', async () => {
    const team = await createTeam();
    await db.user.update({ where: { id: team.users.owner.id }, data: { locale: 'de' } });
    await setTestSchedule(team.organisation.id, {
      checkinWeekday: 5,
      reminderHour: 9,
      timeZone: 'Europe/Berlin',
    });
    const location = await insertLongStandingLocation(team.organisation.id, team.staff.membershipId, {
      name: 'Filiale Hafen',
    });
    await createWebhookEndpoint(team.owner, {
      url: receiver.url('/overdue/mattermost'),
      description: '',
      events: ['checkin.overdue'],
      format: 'mattermost',
    });
    await emitOverdueCheckInEvents(new Date('2026-12-05T12:00:00Z'));
    await until(() => bodiesAt('/overdue/mattermost').length === 1, { timeoutMs: 20_000 });
    const [body] = bodiesAt('/overdue/mattermost') as MattermostBody[];
    const lines = body!.text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '**Check-in 2026-W49 für Filiale Hafen ist überfällig**',
      escapeMarkdown(`Organisation: ${team.organisation.name}`, { mentions: true }),
      'Fällig bis: 05.12.2026, 00:00',
      escapeMarkdown(`Zuständig: ${team.users.staff.name}`, { mentions: true }),
    ]);
    expect(lines[4]).toMatch(
      new RegExp(`/o/${team.organisation.slug}/locations/${location.id}/checkins/2026-W49\\)$`),
    );
  });

  it('escapes what starts markup at the beginning of a line, and mentions only where asked', () => {
    expect(escapeMarkdown('# Filiale', { mentions: true })).toBe('\\# Filiale');
    expect(escapeMarkdown('1. Filiale', { mentions: true })).toBe('1\\. Filiale');
    expect(escapeMarkdown('- Filiale', { mentions: false })).toBe('\\- Filiale');
    expect(escapeMarkdown('Filiale-Nord @all', { mentions: true })).toBe('Filiale-Nord @\u2060all');
    expect(escapeMarkdown('`code` _x_ ~y~ a|b', { mentions: false })).toBe(
      '\\`code\\` \\_x\\_ \\~y\\~ a\\|b',
    );
    expect(escapeSlack('<@U123> & <https://x|y>')).toBe('&lt;@U123&gt; &amp; &lt;https://x|y&gt;');
  });
});
