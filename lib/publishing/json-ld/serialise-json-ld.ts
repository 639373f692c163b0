// JSON-LD written so that it can be pasted into a page: inside <script> the HTML parser ends the
// script at the first "</script" and would read "<!--" specially, whatever the JSON says. "<", ">"
// and "&" are written as JSON escapes (\u003c…), which mean the same characters to every JSON
// reader; U+2028 and U+2029 too, for older script engines.

const unsafeInScript = /[<>&\u2028\u2029]/g;

export function jsonLdText(value: unknown) {
  return JSON.stringify(value, null, 2).replace(
    unsafeInScript,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The whole element to paste into the page's <head> or <body>. */
export function jsonLdScriptElement(value: unknown) {
  return `<script type="application/ld+json">\n${jsonLdText(value)}\n</script>`;
}
