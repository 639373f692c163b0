// The largest location file an import accepts (lib/locations/csv/limits.ts): as many rows as
// allowed, filled with what a real chain's sheet holds (hours, special hours, a description), up
// to just below the size limit. For the tests and the benchmark that guard the event loop.
import { googleColumns } from '@/lib/locations/csv/google-columns';
import { maxCsvBytes, maxCsvRows } from '@/lib/locations/csv/limits';

function rowOf(index: number, description: string) {
  const cells: Partial<Record<(typeof googleColumns)[number], string>> = {
    'Store code': `BIG-${index}`,
    'Business name': `Bäckerei Deichbrise ${index}`,
    'Address line 1': `Hafenstraße ${(index % 300) + 1}`,
    Locality: 'Bremerhaven',
    'Postal code': '27576',
    'Country / Region': 'DE',
    'Primary phone': '0471 4829310',
    Website: `https://deichbrise.example/filiale-${index}`,
    'Monday hours': '06:30-13:00,14:00-18:00',
    'Tuesday hours': '06:30-18:00',
    'Saturday hours': '07:00-12:00',
    'Special hours': '2026-12-24: 08:00-12:00, 2026-12-25-2026-12-26: x "Weihnachten"',
    'From the business': description,
    Latitude: (53.5 + (index % 1000) / 10_000).toFixed(5),
    Longitude: (8.58 + Math.floor(index / 1000) / 1000).toFixed(5),
  };
  return googleColumns.map((column) => `"${(cells[column] ?? '').replaceAll('"', '""')}"`).join(',');
}

/** `rows` rows (the most allowed by default) of about `maxBytes` in all, as UTF-8 bytes. */
export function largeLocationCsv(rows = maxCsvRows, maxBytes = maxCsvBytes) {
  const skeleton = [googleColumns.join(','), ...Array.from({ length: rows }, (_, index) => rowOf(index, ''))];
  const spare = maxBytes - Buffer.byteLength(skeleton.join('\n')) - rows * 16;
  const description = 'Frische Brötchen, Kuchen und Kaffee. '.repeat(100).slice(0, Math.max(0, spare / rows));
  const lines = [
    googleColumns.join(','),
    ...Array.from({ length: rows }, (_, index) => rowOf(index, description)),
  ];
  return new TextEncoder().encode(lines.join('\n'));
}
