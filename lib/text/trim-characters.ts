// Trimming runs of given characters from the ends of a text, in one pass. The obvious patterns
// (/-+$/, /[ .]+$/) rescan the run from every position when the text does not end in it, which
// takes quadratic time on a long run followed by something else (see README, Security).

function isOneOf(characters: string, character: string | undefined) {
  return character !== undefined && characters.includes(character);
}

/** `text` without any of `characters` at its end: trimEndOf('a.b..', '.') is 'a.b'. */
export function trimEndOf(text: string, characters: string) {
  let end = text.length;
  while (end > 0 && isOneOf(characters, text[end - 1])) end--;
  return text.slice(0, end);
}

/** `text` without any of `characters` at its start. */
export function trimStartOf(text: string, characters: string) {
  let start = 0;
  while (start < text.length && isOneOf(characters, text[start])) start++;
  return text.slice(start);
}

/** `text` without any of `characters` at either end: trimOf('--a-b--', '-') is 'a-b'. */
export function trimOf(text: string, characters: string) {
  return trimStartOf(trimEndOf(text, characters), characters);
}
