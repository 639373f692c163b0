import { getTranslations } from 'next-intl/server';
import type { AuditLogEntry } from '@/lib/audit/audit-queries';
import { auditEntryText } from './audit-entry-text';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

function utcText(date: Date) {
  return date.toISOString().replace('T', ' ').slice(0, 19);
}

/** A cell's column name, shown in front of its value where rows stack as cards (phones, tablets). */
function CardLabel({ children }: { children: string }) {
  return <span className="block text-xs font-semibold text-slate-600 xl:hidden">{children}</span>;
}

/**
 * The log as a table, newest first. On phones and tablets each row stacks as a card with its column names;
 * on wide screens it is a table that scrolls sideways inside its own focusable region.
 */
export async function AuditTable({ entries, timeZone }: { entries: AuditLogEntry[]; timeZone: string }) {
  const [t, tRoles, format] = await Promise.all([
    getTranslations('audit'),
    getTranslations('roles'),
    getAppFormatter(),
  ]);
  const headerClass = 'px-4 py-3 font-semibold';
  const cellClass = 'block py-1 xl:table-cell xl:px-4 xl:py-3';
  return (
    <div
      role="region"
      aria-label={t('tableRegion')}
      tabIndex={0}
      className="xl:overflow-x-auto xl:rounded-xl xl:border xl:border-slate-200 xl:bg-white xl:shadow-sm"
    >
      <table className="block w-full text-left text-sm xl:table xl:min-w-[46rem]">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="sr-only bg-slate-50 text-slate-700 xl:not-sr-only xl:table-header-group">
          <tr>
            <th scope="col" className={headerClass}>
              {t('columns.time')}
            </th>
            <th scope="col" className={headerClass}>
              {t('columns.who')}
            </th>
            <th scope="col" className={headerClass}>
              {t('columns.what')}
            </th>
            <th scope="col" className={headerClass}>
              {t('columns.details')}
            </th>
            <th scope="col" className={headerClass}>
              {t('columns.origin')}
            </th>
          </tr>
        </thead>
        <tbody className="block space-y-3 xl:table-row-group xl:space-y-0 xl:divide-y xl:divide-slate-100">
          {entries.map((entry) => {
            const text = auditEntryText(entry, t, tRoles);
            const anonymous = !entry.apiTokenId && entry.action.startsWith('auth.sign_in_');
            return (
              <tr
                key={entry.id}
                className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm xl:table-row xl:rounded-none xl:border-0 xl:p-0 xl:align-top xl:shadow-none"
              >
                <td className={`${cellClass} xl:whitespace-nowrap`}>
                  <time dateTime={entry.createdAt.toISOString()} className="block text-slate-900">
                    {format.dateTime(entry.createdAt, { dateStyle: 'medium', timeStyle: 'medium', timeZone })}
                  </time>
                  <span className="block font-mono text-xs text-slate-600">
                    {t('utc', { time: utcText(entry.createdAt) })}
                  </span>
                </td>
                <td className={`${cellClass} wrap-anywhere text-slate-900 xl:max-w-56`}>
                  <CardLabel>{t('columns.who')}</CardLabel>
                  {entry.apiTokenId
                    ? t('apiToken', { name: entry.apiTokenName ?? entry.actorLabel })
                    : entry.actorLabel}
                  {anonymous && <span className="block text-xs text-slate-600">{t('notSignedIn')}</span>}
                </td>
                <td className={`${cellClass} font-medium wrap-anywhere text-slate-900 xl:font-normal`}>
                  <CardLabel>{t('columns.what')}</CardLabel>
                  {text.what}
                </td>
                <td
                  className={`${cellClass} wrap-anywhere text-slate-700 xl:max-w-64 ${text.details ? '' : 'max-xl:hidden'}`}
                >
                  <CardLabel>{t('columns.details')}</CardLabel>
                  {text.details}
                </td>
                <td className={`${cellClass} text-slate-700`}>
                  <CardLabel>{t('columns.origin')}</CardLabel>
                  <span className="block font-mono text-xs">{entry.ipAddress ?? t('unknownOrigin')}</span>
                  {entry.userAgent && (
                    <span
                      title={entry.userAgent}
                      className="block max-w-full truncate text-xs text-slate-600 xl:max-w-40"
                    >
                      {entry.userAgent}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
