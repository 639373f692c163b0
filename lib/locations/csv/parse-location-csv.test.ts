import { describe, expect, it } from 'vitest';
import { googleColumns } from './google-columns';
import { parseLocationCsv } from './parse-location-csv';

const minimalHeader = 'Store code,Business name,Address line 1,Locality,Postal code';

describe('parseLocationCsv', () => {
  it('reads a German Excel file: BOM, semicolons, German headers, umlauts', () => {
    const text =
      '\uFEFFFilialcode;Name;Adresszeile 1;Ort;PLZ;Breitengrad\r\nBHV-01;Bäckerei Süß;Hafenstraße 1;Bremerhaven;27568;53,54\r\n';
    const parsed = parseLocationCsv(new TextEncoder().encode(text));
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

  it('matches headers regardless of case and spacing, and names columns it ignores', () => {
    const parsed = parseLocationCsv(
      `store CODE,business name,ADDRESS LINE 1,locality,postal code,country/region,Farbe\nA,B,C,D,27568,DE,rot`,
    );
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.columns).toContain('Country / Region');
    expect(parsed.notices).toEqual([
      { field: '', messageKey: 'locationImport.notices.unknownColumns', params: { columns: 'Farbe' } },
    ]);
  });

  it('reads invalid UTF-8 as Windows-1252 and says so', () => {
    const latin1 = Uint8Array.from(
      Buffer.from(`${minimalHeader}\nA,Bäckerei,Straße 1,Köln,50667\n`, 'latin1'),
    );
    const parsed = parseLocationCsv(latin1);
    expect(parsed.notices).toEqual([
      { field: '', messageKey: 'locationImport.notices.decodedAsWindows1252' },
    ]);
    expect(parsed.rows[0]!.cells).toMatchObject({
      'Business name': 'Bäckerei',
      'Address line 1': 'Straße 1',
      Locality: 'Köln',
    });
  });

  it('refuses a file without a required column, naming it', () => {
    const parsed = parseLocationCsv('Store code,Business name,Locality,Postal code\nA,B,C,27568\n');
    expect(parsed.rows).toEqual([]);
    expect(parsed.fileErrors).toEqual([
      {
        field: 'Address line 1',
        messageKey: 'locationImport.errors.missingColumn',
        params: { column: 'Address line 1' },
      },
    ]);
  });

  it('refuses files that are no CSV at all', () => {
    const codes = (input: Uint8Array | string) =>
      parseLocationCsv(input).fileErrors.map((error) => error.messageKey);
    expect(codes('')).toEqual(['locationImport.errors.emptyFile']);
    expect(codes(`${minimalHeader}\n`)).toEqual(['locationImport.errors.noRows']);
    expect(codes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toEqual([
      'locationImport.errors.spreadsheetFile',
    ]);
    expect(parseLocationCsv(`${minimalHeader}\nA,"B,C,D,27568\nE,F,G,H,27568\n`).fileErrors).toEqual([
      { field: '', messageKey: 'locationImport.errors.quoteNotClosed', params: { line: 3 } },
    ]);
  });

  it('numbers rows as a spreadsheet does and flags rows with the wrong number of cells', () => {
    const parsed = parseLocationCsv(
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

  it("knows all of Google's columns", () => {
    const parsed = parseLocationCsv(`${googleColumns.join(';')}\n${googleColumns.map(() => 'x').join(';')}`);
    expect(parsed.columns).toEqual([...googleColumns]);
    expect(parsed.notices).toEqual([]);
  });
});
