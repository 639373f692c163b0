import { formattingLocale } from '@/lib/i18n/formatting';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { NextAction } from '@/lib/listings/next-action';
import { dateOfWeekday } from '@/lib/weeks/iso-week';
import { sumActions, type ActionCounts, type DigestChange, type WeeklyDigest } from './read-digest';

// The weekly digest as a mail: a few sections (check-ins, listings, changes), each with its lines
// and a link into the app, written once as text and once as HTML. Pure: the caller reads the
// digest and builds the absolute links.

export type DigestLinks = { checkIns: string; listings: string; changes: string; preferences: string };

export type DigestRecipient = {
  name: string;
  locale: AppLocale;
  organisationName: string;
  checkinWeekday: number;
  /** Limited to some location groups (a manager): the totals are their groups', not the organisation's. */
  groupLimited: boolean;
};

/** A line of a section, with the lines that break it down. */
type Line = { text: string; details?: string[] };
type Section = { title: string; lines: Line[]; link: string; linkLabel: string };

const actionOrder: NextAction[] = ['fixData', 'create', 'finishClaim', 'verifyAndPublish', 'recheck'];

export function composeDigestMail(digest: WeeklyDigest, recipient: DigestRecipient, links: DigestLinks) {
  const t = translatorFor(recipient.locale, 'digest.mail');
  const sections = [
    checkInSection(digest, recipient, links),
    listingSection(digest, recipient, links),
    changeSection(digest, recipient, links),
  ].filter((section): section is Section => section !== null);
  const subject = t('subject', { organisation: recipient.organisationName, week: digest.thisWeek.week });
  const greeting = t('greeting', { name: recipient.name });
  const intro = t('intro', { organisation: recipient.organisationName });
  const text = [
    greeting,
    '',
    intro,
    ...sections.flatMap((section) => [
      '',
      section.title,
      ...section.lines.flatMap((line) => [
        `- ${line.text}`,
        ...(line.details ?? []).map((detail) => `  - ${detail}`),
      ]),
      `${section.linkLabel}: ${section.link}`,
    ]),
    '',
    '--',
    `${t('footer')} ${links.preferences}`,
  ].join('\n');
  return { subject, text, html: htmlOf({ greeting, intro, sections, t, links, locale: recipient.locale }) };
}

function checkInSection(
  digest: WeeklyDigest,
  recipient: DigestRecipient,
  links: DigestLinks,
): Section | null {
  const t = translatorFor(recipient.locale, 'digest.mail');
  const { myOverdue, myOpen, overseenOverdue } = digest.checkIns;
  const due = new Intl.DateTimeFormat(formattingLocale(recipient.locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${dateOfWeekday(digest.thisWeek, recipient.checkinWeekday)}T00:00:00Z`));
  const lines = [
    myOverdue > 0 ? t('myOverdue', { week: digest.lastWeek.week, count: myOverdue }) : null,
    myOpen > 0 ? t('myOpen', { week: digest.thisWeek.week, due, count: myOpen }) : null,
    digest.oversees && overseenOverdue > 0
      ? t('overseenOverdue', {
          scope: scopeOf(recipient),
          week: digest.lastWeek.week,
          count: overseenOverdue,
        })
      : null,
  ]
    .filter((line): line is string => line !== null)
    .map((text) => ({ text }));
  return lines.length > 0
    ? { title: t('checkInsTitle'), lines, link: links.checkIns, linkLabel: t('openCheckIns') }
    : null;
}

function listingSection(
  digest: WeeklyDigest,
  recipient: DigestRecipient,
  links: DigestLinks,
): Section | null {
  const t = translatorFor(recipient.locale, 'digest.mail');
  const actions = translatorFor(recipient.locale, 'listings.nextAction');
  const breakdown = (counts: ActionCounts) =>
    actionOrder
      .filter((action) => (counts[action] ?? 0) > 0)
      .map((action) => t('actionLine', { action: actions(action), count: counts[action] ?? 0 }));
  const mine = sumActions(digest.listings.mine);
  const overseen = digest.oversees ? sumActions(digest.listings.overseen) : 0;
  const lines: Line[] = [];
  if (mine > 0) {
    const text = t('listingsMine', { count: mine });
    lines.push(digest.oversees ? { text } : { text, details: breakdown(digest.listings.mine) });
  }
  if (overseen > 0) {
    const top = digest.listings.topLocations.map((location) => `${location.name} (${location.count})`);
    lines.push({
      text: t('listingsOverseen', { scope: scopeOf(recipient), count: overseen }),
      details: [
        ...breakdown(digest.listings.overseen),
        ...(top.length > 0 ? [t('mostAt', { locations: top.join(', ') })] : []),
      ],
    });
  }
  return lines.length > 0
    ? { title: t('listingsTitle'), lines, link: links.listings, linkLabel: t('openListings') }
    : null;
}

function changeSection(digest: WeeklyDigest, recipient: DigestRecipient, links: DigestLinks): Section | null {
  const { changes } = digest;
  if (changes.total === 0) return null;
  const t = translatorFor(recipient.locale, 'digest.mail');
  const lines = [
    {
      text: t('changesSummary', {
        count: changes.total,
        locations: changes.locations,
        automatic: changes.automatic,
      }),
      details: changes.latest.map((change) => changeLine(change, recipient.locale)),
    },
  ];
  return { title: t('changesTitle'), lines, link: links.changes, linkLabel: t('openChanges') };
}

function changeLine(change: DigestChange, locale: AppLocale) {
  const t = translatorFor(locale, 'digest.mail');
  const statuses = translatorFor(locale, 'listings.status');
  const sources = translatorFor(locale, 'verification.sources');
  const what =
    change.statusFrom && change.statusTo
      ? t('changeStatus', {
          location: change.locationName,
          platform: change.platformName,
          from: statuses(change.statusFrom),
          to: statuses(change.statusTo),
        })
      : t('changeOther', { location: change.locationName, platform: change.platformName });
  const who = change.source
    ? t('byCheck', { source: sources(change.source) })
    : t('byPerson', { name: change.changedByName });
  return `${what} (${who})`;
}

function scopeOf(recipient: DigestRecipient) {
  return recipient.groupLimited ? 'groups' : 'organisation';
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function htmlOf({
  greeting,
  intro,
  sections,
  t,
  links,
  locale,
}: {
  greeting: string;
  intro: string;
  sections: Section[];
  t: (key: string) => string;
  links: DigestLinks;
  locale: AppLocale;
}) {
  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}" style="color:#1d4ed8;font-weight:600">${escapeHtml(label)}</a>`;
  const list = (lines: string[], style: string): string =>
    `<ul style="${style}">${lines.map((line) => `<li>${line}</li>`).join('')}</ul>`;
  const lineHtml = (line: Line) =>
    escapeHtml(line.text) +
    (line.details?.length ? list(line.details.map(escapeHtml), 'padding-left:20px;margin:2px 0') : '');
  const body = sections
    .map(
      (section) =>
        `<h2 style="font-size:17px;margin:24px 0 4px">${escapeHtml(section.title)}</h2>${list(section.lines.map(lineHtml), 'padding-left:20px;margin:8px 0')}<p style="margin:4px 0">${link(section.link, `${section.linkLabel} →`)}</p>`,
    )
    .join('');
  return `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;color:#0f172a;line-height:1.5;max-width:600px;margin:0 auto;padding:16px"><p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p>${body}<hr style="border:0;border-top:1px solid #cbd5e1;margin:24px 0 12px"><p style="font-size:13px;color:#475569">${escapeHtml(t('footer'))} ${link(links.preferences, t('preferencesLink'))}</p></body></html>`;
}
