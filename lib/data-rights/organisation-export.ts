import 'server-only';
import { memberActor, recordAuditEvent } from '@/lib/audit/audit-log';
import type { AppLocale } from '@/lib/i18n/locales';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { exportFilename, manifestEntry, readmeEntry } from './export-readme';
import { exportTableEntries } from './export-tables';
import { organisationExportFiles, organisationExportTables } from './organisation-tables';
import { zipStream, type ZipDownload } from './zip-stream';

// GDPR articles 15 and 20 for an organisation: its owner downloads everything it holds as one
// zip of JSON and CSV files, streamed (a chain's 900,000 minute lines never sit in memory).

/** Owners only. Records `organisation.exported`; the archive is produced as it is read. */
export async function exportOrganisation(
  member: MemberContext,
  options: { locale: AppLocale; batchSize?: number },
): Promise<ZipDownload> {
  assertRole(member, 'OWNER');
  const { organisation } = member;
  const exportedAt = new Date();
  await recordAuditEvent({
    action: 'organisation.exported',
    actor: memberActor(member),
    organisationId: organisation.id,
    target: { type: 'organisation', id: organisation.id },
  });
  const entries = exportTableEntries({
    tables: organisationExportTables(organisation.id),
    batchSize: options.batchSize,
    before: [
      readmeEntry({
        kind: 'organisation',
        subject: organisation.name,
        files: organisationExportFiles,
        exportedAt,
        locale: options.locale,
      }),
    ],
    after: (files) => [
      manifestEntry({
        kind: 'organisation',
        subject: { organisationId: organisation.id, name: organisation.name, slug: organisation.slug },
        exportedAt,
        files,
      }),
    ],
  });
  return {
    filename: exportFilename('ortsbild', organisation.slug, exportedAt),
    stream: zipStream(entries, exportedAt),
  };
}
