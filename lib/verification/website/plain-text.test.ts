import { describe, expect, it } from 'vitest';
import { Findings } from './findings';
import { plainText } from './plain-text';

const text = (value: string) => plainText(value, 'name', new Findings());

describe('plainText', () => {
  it.each([
    ['Bäckerei Meyer', 'Bäckerei Meyer'],
    ['<b>Bäckerei</b> Meyer', 'Bäckerei Meyer'],
    ['B&auml;ckerei M&#252;ller &amp; S&ouml;hne', 'Bäckerei Müller & Söhne'],
    ['Meyer & Söhne', 'Meyer & Söhne'],
    ['AT&T Shop', 'AT&T Shop'],
    ['a < b', 'a < b'],
    ['Laden<script>alert(1)</script> am Deich', 'Laden am Deich'],
    ['<style>b{}</style>Laden', 'Laden'],
    ['Zeile 1<br>Zeile 2', 'Zeile 1 Zeile 2'],
    ['  Bäckerei\n\t Meyer \u0000\u0007 ', 'Bäckerei Meyer'],
    ['Meyer\u202e\u2066 GmbH', 'Meyer GmbH'],
    ['halb \ud800 Ersatz', 'halb \ufffd Ersatz'],
    ['<img src=x onerror=alert(1)>', null],
    ['   ', null],
  ])('reads %j as %j', (value, expected) => {
    expect(text(value)).toBe(expected);
  });

  it('cuts to the field’s length without splitting a character, and says so', () => {
    const findings = new Findings();
    const cut = plainText(`${'a'.repeat(199)}😀😀`, 'name', findings);
    expect(cut).toBe('a'.repeat(199));
    expect(findings.list).toEqual([{ code: 'valueCut', field: 'name' }]);
  });
});
