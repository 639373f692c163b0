// A TEXT value (RFC 5545 §3.3.11) for the properties ical-generator 11 writes exactly as given:
// NAME, X-WR-CALNAME (both from `name`) and UID. Unescaped, a line break in an organisation name
// would end the property and start lines of the name's own choosing, such as a VEVENT in every
// member's calendar. ical-generator escapes SUMMARY, DESCRIPTION, URL and X- properties itself;
// those must not go through here as well, or the calendar would show the backslashes.
//
// Names can no longer hold line breaks (isSingleLineText), but older ones in the database can:
// this escaping is what keeps those safe.

/** Every line break, the Unicode ones included: a calendar may show any of them as one. */
const lineBreak = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;
/** RFC 5545 allows no other control characters in TEXT (tab is allowed). */
const controlCharacter = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

export function escapeIcalText(value: string): string {
  return value
    .replace(controlCharacter, '')
    .replace(/[\\;,]/g, (special) => `\\${special}`)
    .replace(lineBreak, '\\n');
}
