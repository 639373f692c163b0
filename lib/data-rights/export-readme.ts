import 'server-only';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { ExportedFile } from './export-tables';
import type { ZipEntry } from './zip-stream';

// The two files that explain an export: README.txt for people (what each file holds, in the
// exporter's language) and manifest.json for programs (files, row counts, time of export in UTC).

type ExportKind = 'organisation' | 'account';

/** E.g. ortsbild-baeckerei-20261126-1830Z.zip: what, whose, when (UTC). */
export function exportFilename(prefix: string, name: string, exportedAt: Date) {
  const stamp = exportedAt.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `${prefix}-${name}-${stamp}Z.zip`;
}

export function readmeEntry(options: {
  kind: ExportKind;
  subject: string;
  files: readonly string[];
  exportedAt: Date;
  locale: AppLocale;
}): ZipEntry {
  const t = translatorFor(options.locale, 'dataRights.export');
  const lines = [
    t(`${options.kind}Title`, { subject: options.subject }),
    t('exportedAt', { time: options.exportedAt.toISOString() }),
    '',
    t('formats'),
    '',
    ...options.files.map((file) => `${file}.json / ${file}.csv: ${t(`${options.kind}Files.${file}`)}`),
    'manifest.json: ' + t('manifest'),
    '',
  ];
  return { name: 'README.txt', content: [lines.join('\r\n')] };
}

export function manifestEntry(options: {
  kind: ExportKind;
  subject: Record<string, string>;
  exportedAt: Date;
  files: ExportedFile[];
}): ZipEntry {
  const manifest = {
    kind: options.kind,
    ...options.subject,
    exportedAt: options.exportedAt.toISOString(),
    files: options.files.map(({ file, rows }) => ({ json: `${file}.json`, csv: `${file}.csv`, rows })),
  };
  return { name: 'manifest.json', content: [JSON.stringify(manifest, null, 2) + '\n'] };
}
