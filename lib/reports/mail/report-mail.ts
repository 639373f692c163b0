import { createAppFormatter } from '@/lib/i18n/formatting';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { formatReportMonth } from '../month';
import type { MonthlyReport } from '../report-types';

// The monthly report mail: a few headline figures and a link to the page in text and HTML; the
// report itself travels as the attached PDF. Pure: the caller renders the PDF and builds the links.

export type ReportMailLinks = { report: string; preferences: string };

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function composeReportMail(
  report: MonthlyReport,
  recipient: { name: string; locale: AppLocale },
  links: ReportMailLinks,
) {
  const t = translatorFor(recipient.locale, 'reports');
  const month = formatReportMonth(report.month, recipient.locale);
  const scope =
    report.group?.name ?? (report.limitedToGroups ? t('page.allMyGroups') : t('page.allLocations'));
  const { atMonthEnd } = report.score;
  const percent = report.checkIns.totals.onTimePercent;
  const lines = [
    t('mail.score', { score: atMonthEnd ? String(atMonthEnd.score) : '–' }),
    t('mail.needsAction', { count: report.listings.needsAction.total }),
    t('mail.punctuality', {
      percent:
        percent === null
          ? '–'
          : createAppFormatter(recipient.locale).number(percent / 100, { style: 'percent' }),
    }),
  ];
  const subject = t('mail.subject', { month, organisation: report.organisation.name });
  const greeting = t('mail.greeting', { name: recipient.name });
  const intro = t('mail.intro', { scope: `${report.organisation.name} (${scope})`, month });
  const text = [
    greeting,
    '',
    intro,
    '',
    ...lines.map((line) => `- ${line}`),
    '',
    `${t('mail.link')} ${links.report}`,
    '',
    '--',
    `${t('mail.footer')} ${links.preferences}`,
  ].join('\n');
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    `<p>${escapeHtml(t('mail.link'))} <a href="${escapeHtml(links.report)}">${escapeHtml(links.report)}</a></p>`,
    `<p style="color:#475569;font-size:13px">${escapeHtml(t('mail.footer'))} <a href="${escapeHtml(links.preferences)}">${escapeHtml(links.preferences)}</a></p>`,
  ].join('\n');
  return { subject, text, html };
}
