import { describe, expect, it } from 'vitest';
import { googleColumns } from './google-columns';
import { maxCsvCellCharacters, maxCsvRowBytes } from './limits';
import { parseLocationCsv } from './parse-location-csv';

const minimalHeader = 'Store code,Business name,Address line 1,Locality,Postal code';

describe('parseLocationCsv', () => {
  it('reads a German Excel file: BOM, semicolons, German headers, umlauts', async () => {
    const text =
      '\uFEFFFilialcode;Name;Adresszeile 1;Ort;PLZ;Breitengrad\r\nBHV-01;Bäckerei Süß;Hafenstraße 1;Bremerhaven;27568;53,54\r\n';
    const parsed = await parseLocationCsv(new TextEncoder().encode(text));
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.notices).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        rowNumber: 2,
        problems: [],
        cells: {
          'Store code': 'BHV-01',
          'Business name': 'Bäckerei Süß',
          'Address line 1': 'Hafenstraße 1',
          Locality: 'Bremerhaven',
          'Postal code': '27568',
          Latitude: '53,54',
        },
      },
    ]);
  });

  it('matches headers regardless of case and spacing, and names columns it ignores', async () => {
    const parsed = await parseLocationCsv(
      `store CODE,business name,ADDRESS LINE 1,locality,postal code,country/region,Farbe\nA,B,C,D,27568,DE,rot`,
    );
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.columns).toContain('Country / Region');
    expect(parsed.notices).toEqual([
      { field: '', messageKey: 'locationImport.notices.unknownColumns', params: { columns: 'Farbe' } },
    ]);
  });

  it('reads invalid UTF-8 as Windows-1252 and says so', async () => {
    const latin1 = Uint8Array.from(
      Buffer.from(`${minimalHeader}\nA,Bäckerei,Straße 1,Köln,50667\n`, 'latin1'),
    );
    const parsed = await parseLocationCsv(latin1);
    expect(parsed.notices).toEqual([
      { field: '', messageKey: 'locationImport.notices.decodedAsWindows1252' },
    ]);
    expect(parsed.rows[0]!.cells).toMatchObject({
      'Business name': 'Bäckerei',
      'Address line 1': 'Straße 1',
      Locality: 'Köln',
    });
  });

  it('refuses a file without a required column, naming it', async () => {
    const parsed = await parseLocationCsv('Store code,Business name,Locality,Postal code\nA,B,C,27568\n');
    expect(parsed.rows).toEqual([]);
    expect(parsed.fileErrors).toEqual([
      {
        field: 'Address line 1',
        messageKey: 'locationImport.errors.missingColumn',
        params: { column: 'Address line 1' },
      },
    ]);
  });

  it('refuses files that are no CSV at all', async () => {
    const codes = async (input: Uint8Array | string) =>
      (await parseLocationCsv(input)).fileErrors.map((error) => error.messageKey);
    expect(await codes('')).toEqual(['locationImport.errors.emptyFile']);
    expect(await codes(`${minimalHeader}\n`)).toEqual(['locationImport.errors.noRows']);
    expect(await codes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toEqual([
      'locationImport.errors.spreadsheetFile',
    ]);
    expect((await parseLocationCsv(`${minimalHeader}\nA,"B,C,D,27568\nE,F,G,H,27568\n`)).fileErrors).toEqual([
      { field: '', messageKey: 'locationImport.errors.quoteNotClosed', params: { line: 3 } },
    ]);
  });

  it('numbers rows as a spreadsheet does and flags rows with the wrong number of cells', async () => {
    const parsed = await parseLocationCsv(
      `${minimalHeader}\nA,B,C,D,27568\n,,,,\n"E","multi\nline",G,H,27568\nI,J,K,L,27568,extra\nM,N,O,P,27568,,\n`,
    );
    expect(parsed.rows.map((row) => [row.rowNumber, row.cells['Store code'], row.problems.length])).toEqual([
      [2, 'A', 0],
      [4, 'E', 0],
      [5, 'I', 1],
      [6, 'M', 0],
    ]);
    expect(parsed.rows[2]!.problems[0]).toMatchObject({
      messageKey: 'locationImport.errors.columnCount',
      params: { expected: 5, actual: 6 },
    });
  });

  it("knows all of Google's columns", async () => {
    const parsed = await parseLocationCsv(
      `${googleColumns.join(';')}\n${googleColumns.map(() => 'x').join(';')}`,
    );
    expect(parsed.columns).toEqual([...googleColumns]);
    expect(parsed.notices).toEqual([]);
  });

  it('refuses a cell over the limit as one error naming its column, before reading it', async () => {
    const long = `1${' '.repeat(maxCsvCellCharacters)}2`;
    const parsed = await parseLocationCsv(
      `${minimalHeader},Monday hours,Notiz\nA,B,C,D,27568,${long},x\nE,F,G,H,27568,,${'y'.repeat(5000)}\n`,
    );
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows.map((row) => row.problems)).toEqual([
      [
        {
          field: 'Monday hours',
          messageKey: 'locationImport.errors.cellTooLong',
          params: { column: 'Monday hours', max: maxCsvCellCharacters },
        },
      ],
      [
        {
          field: 'Notiz',
          messageKey: 'locationImport.errors.cellTooLong',
          params: { column: 'Notiz', max: maxCsvCellCharacters },
        },
      ],
    ]);
  });

  it('refuses a row over the limit as a file error naming its line', async () => {
    const parsed = await parseLocationCsv(
      `${minimalHeader}\nA,B,C,D,27568\nE,F,G,"${'x'.repeat(maxCsvRowBytes)}",27568\n`,
    );
    expect(parsed.fileErrors).toEqual([
      {
        field: '',
        messageKey: 'locationImport.errors.rowTooLong',
        params: { line: 3, kilobytes: maxCsvRowBytes / 1024 },
      },
    ]);
    expect(parsed.rows).toEqual([]);
  });

  it('keeps characters outside the Basic Multilingual Plane whole across its reading chunks', async () => {
    // Names of 450 emoji (two UTF-16 units each) fill most of the file; with the rows shifted by
    // one unit in the second file, one of the two puts a high surrogate at each chunk's end.
    const name = '😀'.repeat(450);
    for (const padding of ['', '0']) {
      const rows = Array.from(
        { length: 800 },
        (_, index) => `C-${padding}${index},${name},D ${index},Lehe,27568`,
      );
      const parsed = await parseLocationCsv(`${minimalHeader}\n${rows.join('\n')}\n`);
      expect(parsed.rows).toHaveLength(800);
      expect(parsed.rows.filter((row) => row.cells['Business name'] !== name)).toEqual([]);
    }
  });
});
