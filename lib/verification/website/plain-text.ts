import { Tokenizer } from 'htmlparser2';
import { rawTextElements, tokenizerCallbacks, wordSeparatingElements } from './html/tokenizer-callbacks';
import type { Findings } from './findings';
import { fieldLengths, type TextField } from './limits';

// Values from a page are plain text: a JSON-LD name may hold "<b>Bäckerei</b> M&uuml;ller" or a
// script, and a microdata value the text of a whole element. Tags go, entities are decoded, runs of
// spaces and control characters become one space, and the text is cut to the field's length, so
// that what is shown and stored is the text a visitor reads.

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const spaceOrControl = /[\s\p{Cc}\u2028\u2029]+/gu;
// Marks that reorder text for display (embedding, override, isolate): in a name they can make
// it read differently from what it is, as in "Trojan Source".
const bidiControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text of a fragment of markup: tags dropped, entities decoded, script and style left out. */
function textOfMarkup(markup: string) {
  const parts: string[] = [];
  let tagName = '';
  let inRawText = false;
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    tokenizerCallbacks({
      ontext: (start, end) => void (inRawText || parts.push(markup.slice(start, end))),
      ontextentity: (codepoint) => void (inRawText || parts.push(String.fromCodePoint(codepoint))),
      onopentagname: (start, end) => void (tagName = markup.slice(start, end).toLowerCase()),
      onopentagend: () => {
        inRawText = rawTextElements.has(tagName);
        if (wordSeparatingElements.has(tagName)) parts.push(' ');
      },
      onselfclosingtag: () => void (wordSeparatingElements.has(tagName) && parts.push(' ')),
      onclosetag: (start, end) => {
        inRawText = false;
        if (wordSeparatingElements.has(markup.slice(start, end).toLowerCase())) parts.push(' ');
      },
    }),
  );
  tokenizer.write(markup);
  tokenizer.end();
  return parts.join('');
}

/** Text on one line: spaces and control characters as one space, broken surrogates replaced. */
export function oneLine(text: string) {
  return text.replace(bidiControl, '').replace(spaceOrControl, ' ').replace(loneSurrogate, '\uFFFD').trim();
}

/** At most `length` characters, not ending in half of a surrogate pair. */
function cut(text: string, length: number) {
  const end = /[\uD800-\uDBFF]/.test(text[length - 1] ?? '') ? length - 1 : length;
  return text.slice(0, end).trimEnd();
}

/**
 * A value as the page wrote it, as plain text on one line: tags dropped, entities decoded, cut to
 * the field's length. A microdata value, already text, goes the same way: the rare escaped markup
 * in it ("&lt;b&gt;") is dropped as well, no loss for a name, an address or a phone number.
 */
export function plainText(value: string, field: TextField, findings: Findings) {
  const length = fieldLengths[field];
  // Markup of many times the field's length still leaves more text than the field keeps.
  const markup = value.length > length * 8 + 1000 ? value.slice(0, length * 8 + 1000) : value;
  const line = oneLine(/[<&]/.test(markup) ? textOfMarkup(markup) : markup);
  if (markup.length < value.length || line.length > length) findings.add({ code: 'valueCut', field });
  return cut(line, length) || null;
}
