import 'server-only';
import { recordAuditEvent } from '@/lib/audit/audit-log';
import type { CurrentUser } from '@/lib/auth/current-user';
import type { AppLocale } from '@/lib/i18n/locales';
import { accountExportFiles, accountExportTables } from './account-tables';
import { exportFilename, manifestEntry, readmeEntry } from './export-readme';
import { exportTableEntries } from './export-tables';
import { zipStream, type ZipDownload } from './zip-stream';

// GDPR articles 15 and 20 for a person: everything the app holds about the signed-in user, in
// the same streamed zip of JSON and CSV files as the organisation export.

/** Records `account.exported`; the archive is produced as it is read. */
export async function exportAccount(
  user: CurrentUser,
  options: { locale: AppLocale; batchSize?: number },
): Promise<ZipDownload> {
  const exportedAt = new Date();
  await recordAuditEvent({
    action: 'account.exported',
    actor: { kind: 'user', userId: user.id, label: user.email },
    target: { type: 'user', id: user.id },
  });
  const entries = exportTableEntries({
    tables: accountExportTables(user.id),
    batchSize: options.batchSize,
    before: [
      readmeEntry({
        kind: 'account',
        subject: user.email,
        files: accountExportFiles,
        exportedAt,
        locale: options.locale,
      }),
    ],
    after: (files) => [
      manifestEntry({ kind: 'account', subject: { userId: user.id, email: user.email }, exportedAt, files }),
    ],
  });
  return {
    filename: exportFilename('ortsbild-konto', user.id.slice(0, 8), exportedAt),
    stream: zipStream(entries, exportedAt),
  };
}
