import 'server-only';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { assertNotGroupLimited } from '@/lib/access/group-filter';
import { isStorableText } from '@/lib/validation/storable-text';
import { emitWebhookEvents } from '@/lib/webhooks/emit';
import { locationsEventData } from '@/lib/webhooks/location-data';
import { parseLocationCsv, type CsvIssue, type ParsedLocationCsv } from './parse-location-csv';
import { planLocationImport, type ImportRowResult, type PlannedRow } from './plan-location-import';
import { selectCsvLocations } from './select-csv-locations';
import { writeLocationImport } from './write-location-import';

export type { CsvIssue } from './parse-location-csv';
export type { ImportOutcome, ImportRowResult } from './plan-location-import';
export type { FieldChange, ImportField, ImportRowValues } from './import-row-values';

export type LocationImportReport = {
  /** Problems with the file as a whole (encoding, header, quoting): no row is looked at or written. */
  fileErrors: CsvIssue[];
  /** Things worth knowing that do not stop the import (e.g. the file was read as Windows-1252). */
  notices: CsvIssue[];
  /**
   * Every non-empty row with what it does (or would do): rejected ones with their errors, the
   * others with their main fields as stored, updates with the fields they change. About the size
   * of the file or less (its main fields, hours as runs of days), so the preview pages through it
   * in the browser.
   */
  rows: ImportRowResult[];
  totals: { created: number; updated: number; unchanged: number; rejected: number };
  /** True once the valid rows are written; false for a preview, file errors, or all-or-nothing with a rejected row. */
  applied: boolean;
};

// Managers and owners maintain locations, as in lib/locations/locations.ts.
const editorRole = 'MANAGER' as const;

function reportOf(parsed: ParsedLocationCsv, planned: PlannedRow[], applied: boolean): LocationImportReport {
  const count = (outcome: PlannedRow['outcome']) => planned.filter((row) => row.outcome === outcome).length;
  return {
    fileErrors: parsed.fileErrors,
    notices: parsed.notices,
    rows: planned.map(({ rowNumber, storeCode, outcome, errors, warnings, values, changes }) => ({
      rowNumber,
      storeCode,
      outcome,
      errors,
      warnings,
      ...(values ? { values } : {}),
      ...(changes ? { changes } : {}),
    })),
    totals: {
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      rejected: count('reject'),
    },
    applied,
  };
}

/** One query for the stored locations of all store codes in the file. */
async function planFor(client: Transaction, member: MemberContext, parsed: ParsedLocationCsv) {
  // A code that cannot be stored (a NUL byte, which PostgreSQL refuses even as a parameter) names
  // no stored location; its row is refused by the schema.
  const storeCodes = [...new Set(parsed.rows.map((row) => row.cells['Store code']?.trim() ?? ''))].filter(
    (code) => code !== '' && isStorableText(code),
  );
  const existing = storeCodes.length
    ? await selectCsvLocations(client, Prisma.sql`l.organisation_id = ${member.organisation.id}::uuid`, {
        storeCodes,
      })
    : [];
  return await planLocationImport(parsed.rows, existing);
}

/** What importing the CSV would do, row by row; writes nothing. */
export async function previewLocationImport(
  member: MemberContext,
  csv: Uint8Array | string,
): Promise<LocationImportReport> {
  assertRole(member, editorRole);
  assertNotGroupLimited(member);
  const parsed = await parseLocationCsv(csv);
  if (parsed.fileErrors.length > 0) return reportOf(parsed, [], false);
  return reportOf(parsed, await planFor(db, member, parsed), false);
}

/**
 * Imports the CSV: all valid rows in one transaction (none if `allOrNothing` and a row is
 * rejected). Idempotent by store code: rows equal to the stored data are left untouched.
 * Imports into one organisation run one after the other (an advisory lock), so two uploads of
 * the same file cannot both create the same store code.
 */
export async function applyLocationImport(
  member: MemberContext,
  csv: Uint8Array | string,
  options: { allOrNothing: boolean },
): Promise<LocationImportReport> {
  assertRole(member, editorRole);
  assertNotGroupLimited(member);
  const parsed = await parseLocationCsv(csv);
  if (parsed.fileErrors.length > 0) return reportOf(parsed, [], false);
  const organisationId = member.organisation.id;
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`location-import:${organisationId}`}, 0))`;
        const planned = await planFor(tx, member, parsed);
        if (options.allOrNothing && planned.some((row) => row.outcome === 'reject')) {
          return reportOf(parsed, planned, false);
        }
        await writeLocationImport(tx, organisationId, planned);
        await emitImportEvents(tx, organisationId, planned);
        const report = reportOf(parsed, planned, true);
        const details = { ...report.totals, allOrNothing: options.allOrNothing };
        await recordMemberEvent(member, { action: 'locations.imported', details }, tx);
        return report;
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    // A location with one of the store codes was created elsewhere (form, API) meanwhile.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', { messageKey: 'locationImport.errors.storeCodeTakenMeanwhile' });
    }
    throw error;
  }
}

/** location.created and location.updated for the organisation's webhook endpoints, row by row in file order. */
async function emitImportEvents(tx: Transaction, organisationId: string, planned: PlannedRow[]) {
  const codesOf = (outcome: 'create' | 'update') =>
    planned.filter((row) => row.outcome === outcome).map((row) => row.storeCode);
  for (const [type, outcome] of [
    ['location.created', 'create'],
    ['location.updated', 'update'],
  ] as const) {
    const codes = codesOf(outcome);
    if (codes.length > 0)
      await emitWebhookEvents(tx, organisationId, type, locationsEventData(organisationId, codes));
  }
}
