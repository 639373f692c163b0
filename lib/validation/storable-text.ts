// What every text input may contain so that PostgreSQL stores it exactly as given and every page,
// mail and export shows it as text: no NUL (a text column refuses it, SQLSTATE 22021), no other
// control characters except tab and line breaks, and no lone UTF-16 surrogates (UTF-8 cannot
// encode them; the driver would store U+FFFD instead). Used by the input schemas of every area.

const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string) {
  return !controlCharacter.test(text) && !loneSurrogate.test(text);
}

/** The refinement's message: a key under "validation" (see translateIssues). */
export const storableTextError = { error: 'textInvalid' } as const;

// Names (of organisations, locations, platforms and members) and address lines are one line
// wherever they appear: headings, list rows, CSV cells, mail subjects, calendar properties. A line
// break in one could split such a line or, written unescaped, add lines of its own choosing; so
// they refuse every line or paragraph separator, the Unicode ones too. Tab is no line break and
// stays allowed, as in the storable-text rule. Notes and descriptions keep their line breaks.

const lineBreak = /[\n\v\f\r\u0085\u2028\u2029]/;

export function isSingleLineText(text: string) {
  return !lineBreak.test(text);
}

/** The refinement's message: a key under "validation" (see translateIssues). */
export const singleLineTextError = { error: 'textLineBreak' } as const;
