import type { ChatMessage } from './chat-message';

// The chat message as each incoming webhook expects it. Every piece of text is escaped for its
// markup, so a location named "<!channel>" or "[click](https://…)" is shown as written and
// neither mentions anyone nor makes a link; only the message's own structure (bold title, the
// link into the app) is markup.

export type ChatFormat = 'slack' | 'teams' | 'mattermost';

/** Slack's documented escaping for text: only &, < and > (https://api.slack.com/reference/surfaces/formatting#escaping). */
export function escapeSlack(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Markdown (Mattermost, and the markdown subset of Adaptive Cards in Teams): a backslash before
 * every character that starts markup within a line (links, emphasis, code, autolinks), and before
 * those that do at a line's start (headings, lists, quotes). With `mentions`, `@` gets a
 * word joiner after it, so @channel, @all or @someone mention nobody (Mattermost reads them in
 * plain text; Teams mentions need entities, which a text cannot add).
 */
export function escapeMarkdown(text: string, { mentions }: { mentions: boolean }) {
  const escaped = text
    .replace(/[\\`*_[\]()~|<>]/g, (character) => `\\${character}`)
    .replace(/^[#+\-!=]/, (start) => `\\${start}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
  return mentions ? escaped.replace(/@/g, '@\u2060') : escaped;
}

/** Slack incoming webhook: `text` (notifications, fallback) and `blocks` with mrkdwn. */
export function slackBody(message: ChatMessage) {
  const title = escapeSlack(message.title);
  const lines = message.lines.map(escapeSlack);
  const link = `<${escapeSlack(message.link.url)}|${escapeSlack(message.link.label)}>`;
  return {
    text: [title, ...lines].join('\n'),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: [`*${title}*`, ...lines].join('\n') } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: link }] },
    ],
  };
}

/** Mattermost incoming webhook: Slack-compatible `text` in Markdown. */
export function mattermostBody(message: ChatMessage) {
  const escape = (text: string) => escapeMarkdown(text, { mentions: true });
  return {
    text: [
      `**${escape(message.title)}**`,
      ...message.lines.map(escape),
      `[${escape(message.link.label)}](${message.link.url})`,
    ].join('\n'),
  };
}

/**
 * Microsoft Teams through a Workflows "incoming webhook" flow: a message with one Adaptive Card
 * (version 1.4, which Teams renders everywhere), the title in bold, the lines and a button.
 */
export function teamsBody(message: ChatMessage) {
  const escape = (text: string) => escapeMarkdown(text, { mentions: false });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: escape(message.title), weight: 'Bolder', size: 'Medium', wrap: true },
            ...message.lines.map((line) => ({
              type: 'TextBlock',
              text: escape(line),
              wrap: true,
              spacing: 'Small',
            })),
          ],
          actions: [{ type: 'Action.OpenUrl', title: message.link.label, url: message.link.url }],
        },
      },
    ],
  };
}

export function chatBody(format: ChatFormat, message: ChatMessage) {
  switch (format) {
    case 'slack':
      return slackBody(message);
    case 'mattermost':
      return mattermostBody(message);
    case 'teams':
      return teamsBody(message);
  }
}
