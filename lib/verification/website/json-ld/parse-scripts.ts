import type { Findings } from '../findings';
import type { PageParts } from '../html/page-parts';
import { websiteReadingLimits as limits } from '../limits';

// The JSON of a page's JSON-LD scripts. A script that is too large, nested too deeply or no valid
// JSON is skipped with a finding, and the others are still read: one broken plugin does not hide
// the business another one describes.

/** Whether JSON `text` nests arrays and objects deeper than `maximum`; strings are skipped over. */
export function nestsDeeperThan(text: string, maximum: number) {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 0x5c)
        index++; // a backslash escapes the next character
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) inString = true;
    else if (character === 0x7b || character === 0x5b) {
      if (++depth > maximum) return true;
    } else if (character === 0x7d || character === 0x5d) depth--;
  }
  return false;
}

/** Some CMSs wrap the JSON in an HTML comment or CDATA section, as was once done for old browsers. */
function withoutWrapper(text: string) {
  return text
    .trim()
    .replace(/^(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/|\]\]>)$/, '')
    .trim();
}

/** The parsed JSON of each script that could be read, in page order. */
export function parseJsonLdScripts(parts: PageParts, findings: Findings): unknown[] {
  if (parts.scriptsFound > parts.scripts.length) {
    findings.add({ code: 'tooManyScripts', read: parts.scripts.length, found: parts.scriptsFound });
  }
  const values: unknown[] = [];
  parts.scripts.forEach(({ text, characters }, index) => {
    const script = index + 1;
    if (characters > limits.scriptCharacters) {
      findings.add({ code: 'scriptTooLarge', script, characters });
    } else if (nestsDeeperThan(text, limits.jsonDepth)) {
      findings.add({ code: 'tooDeeplyNested', where: 'json' });
    } else {
      try {
        values.push(JSON.parse(withoutWrapper(text)));
      } catch (error) {
        findings.add({
          code: 'invalidJson',
          script,
          message: String((error as Error).message).slice(0, 200),
        });
      }
    }
  });
  return values;
}
