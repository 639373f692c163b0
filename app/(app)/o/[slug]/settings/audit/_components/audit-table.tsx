import { getTranslations } from 'next-intl/server';
import {
  Cell,
  CardTable,
  CardTableBody,
  CardTableHead,
  CardTableRow,
  ColumnHeader,
} from '@/components/ui/card-table';
import type { AuditLogEntry } from '@/lib/audit/audit-queries';
import { auditEntryText } from './audit-entry-text';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

function utcText(date: Date) {
  return date.toISOString().replace('T', ' ').slice(0, 19);
}

/**
 * The log as a table, newest first. Below xl (phones, tablets) each row stacks as a card with its
 * column names (components/ui/card-table.tsx); on wide screens it is a table that scrolls sideways
 * inside its own focusable region should it not fit.
 */
export async function AuditTable({ entries, timeZone }: { entries: AuditLogEntry[]; timeZone: string }) {
  const [t, tRoles, format] = await Promise.all([
    getTranslations('audit'),
    getTranslations('roles'),
    getAppFormatter(),
  ]);
  const headerClass = 'px-4 py-3 font-semibold';
  const cellClass = 'xl:px-4 xl:py-3';
  return (
    <div
      role="region"
      aria-label={t('tableRegion')}
      tabIndex={0}
      className="xl:overflow-x-auto xl:rounded-xl xl:border xl:border-slate-200 xl:bg-white xl:shadow-sm"
    >
      <CardTable stackBelow="xl" className="w-full text-left text-sm xl:min-w-[46rem]">
        <caption className="sr-only">{t('caption')}</caption>
        <CardTableHead className="bg-slate-50 text-slate-700">
          <CardTableRow>
            <ColumnHeader className={headerClass}>{t('columns.time')}</ColumnHeader>
            <ColumnHeader className={headerClass}>{t('columns.who')}</ColumnHeader>
            <ColumnHeader className={headerClass}>{t('columns.what')}</ColumnHeader>
            <ColumnHeader className={headerClass}>{t('columns.details')}</ColumnHeader>
            <ColumnHeader className={headerClass}>{t('columns.origin')}</ColumnHeader>
          </CardTableRow>
        </CardTableHead>
        <CardTableBody className="xl:divide-y xl:divide-slate-100">
          {entries.map((entry) => {
            const text = auditEntryText(entry, t, tRoles);
            const anonymous = !entry.apiTokenId && entry.action.startsWith('auth.sign_in_');
            return (
              <CardTableRow key={entry.id} className="xl:align-top">
                <Cell className={`${cellClass} max-xl:mb-1 xl:whitespace-nowrap`}>
                  <time dateTime={entry.createdAt.toISOString()} className="block text-slate-900">
                    {format.dateTime(entry.createdAt, { dateStyle: 'medium', timeStyle: 'medium', timeZone })}
                  </time>
                  <span className="block font-mono text-xs text-slate-600">
                    {t('utc', { time: utcText(entry.createdAt) })}
                  </span>
                </Cell>
                <Cell
                  label={t('columns.who')}
                  className={`${cellClass} wrap-anywhere text-slate-900 xl:max-w-56`}
                >
                  {entry.apiTokenId
                    ? t('apiToken', { name: entry.apiTokenName ?? entry.actorLabel })
                    : entry.actorLabel}
                  {anonymous && <span className="block text-xs text-slate-600">{t('notSignedIn')}</span>}
                </Cell>
                <Cell
                  label={t('columns.what')}
                  className={`${cellClass} font-medium wrap-anywhere text-slate-900 xl:font-normal`}
                >
                  {text.what}
                </Cell>
                <Cell
                  label={t('columns.details')}
                  className={`${cellClass} wrap-anywhere text-slate-700 xl:max-w-64`}
                >
                  {text.details}
                </Cell>
                <Cell label={t('columns.origin')} className={`${cellClass} text-slate-700`}>
                  <span className="block font-mono text-xs">{entry.ipAddress ?? t('unknownOrigin')}</span>
                  {entry.userAgent && (
                    <span
                      title={entry.userAgent}
                      className="block max-w-full truncate text-xs text-slate-600 xl:max-w-40"
                    >
                      {entry.userAgent}
                    </span>
                  )}
                </Cell>
              </CardTableRow>
            );
          })}
        </CardTableBody>
      </CardTable>
    </div>
  );
}
