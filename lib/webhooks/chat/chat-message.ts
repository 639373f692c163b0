import type { WebhookPayload } from '../events';

// What a chat message says about an event, before any chat's markup: a title, a few lines and a
// link into the app, in the organisation's language. Names come from the payload, or for events
// that carry only ids (listing changes, check-ins) from the delivery's context (chat-context.ts).
// Plain text: each format escapes it for its own markup (chat-formats.ts).

export type ChatMessage = { title: string; lines: string[]; link: { url: string; label: string } };

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What the message needs beside the payload, read when it is delivered. */
export type ChatContext = {
  organisation: { name: string; slug: string };
  /** The location's current name, when the payload names only its id. */
  locationName: string | null;
  platformName: string | null;
  /** `webhooks.chat` of the organisation's language, and the listings' status names. */
  t: Translate;
  status: Translate;
  source: Translate;
  formatDateTime: (iso: string) => string;
  absoluteUrl: (path: string) => string;
};

type Data = Record<string, unknown>;

const objectOf = (value: unknown): Data => (value && typeof value === 'object' ? (value as Data) : {});
const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/** The location an event is about: its id and a name to show (the id when none is known). */
function locationOf(payload: WebhookPayload, context: ChatContext) {
  const data = payload.data;
  const location = objectOf(data.location);
  const checkIn = objectOf(data.checkIn);
  const id = textOf(location.id) || textOf(checkIn.locationId);
  const name = textOf(location.name) || context.locationName || id;
  return { id, name, storeCode: textOf(location.storeCode) };
}

export function chatMessageOf(payload: WebhookPayload, context: ChatContext): ChatMessage {
  const { t } = context;
  const base = `/o/${context.organisation.slug}`;
  const location = locationOf(payload, context);
  const organisationLine = t('line.organisation', { organisation: context.organisation.name });
  const open = (path: string) => ({ url: context.absoluteUrl(path), label: t('open') });
  const storeCodeLines = location.storeCode ? [t('line.storeCode', { storeCode: location.storeCode })] : [];
  switch (payload.type) {
    case 'location.created':
    case 'location.updated':
      return {
        title: t(`title.${payload.type}`, { location: location.name }),
        lines: [organisationLine, ...storeCodeLines],
        link: open(`${base}/locations/${location.id}`),
      };
    case 'location.deleted':
      return {
        title: t('title.location.deleted', { location: location.name }),
        lines: [organisationLine, ...storeCodeLines],
        link: open(`${base}/locations`),
      };
    case 'listing.status_changed':
      return {
        title: t('title.listing.status_changed', {
          location: location.name,
          platform: context.platformName ?? textOf(objectOf(payload.data.platform).id),
        }),
        lines: [
          organisationLine,
          t('line.status', {
            from: context.status(textOf(payload.data.previousStatus) || 'NOT_STARTED'),
            to: context.status(textOf(payload.data.status) || 'NOT_STARTED'),
          }),
        ],
        link: open(`${base}/locations/${location.id}/listings`),
      };
    case 'listing.alert':
      return {
        title: t('title.listing.alert', {
          location: location.name,
          source: context.source(textOf(payload.data.source) || 'WEBSITE'),
        }),
        lines: [organisationLine],
        link: open(`${base}/locations/${location.id}/listings`),
      };
    case 'checkin.submitted':
    case 'checkin.overdue': {
      const week = textOf(payload.data.week) || textOf(objectOf(payload.data.checkIn).week);
      const assignee = objectOf(payload.data.assignee);
      const lines =
        payload.type === 'checkin.overdue'
          ? [
              organisationLine,
              t('line.deadline', { deadline: context.formatDateTime(textOf(payload.data.deadline)) }),
              payload.data.assignee
                ? t('line.assignee', { name: textOf(assignee.name) })
                : t('line.nobodyAssigned'),
            ]
          : [organisationLine];
      return {
        title: t(`title.${payload.type}`, { location: location.name, week }),
        lines,
        link: open(`${base}/locations/${location.id}/checkins/${week}`),
      };
    }
    case 'webhook.test':
      return {
        title: t('title.webhook.test'),
        lines: [t('line.test', { organisation: context.organisation.name })],
        link: open(`${base}/settings/webhooks`),
      };
  }
}
