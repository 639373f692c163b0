// LIKE patterns from text a person typed: "%", "_" and the escape character "\" (PostgreSQL's
// default) match themselves, not any text or character.

/** `text` with LIKE's wildcards and escape character taken literally. */
export function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** A LIKE pattern for text that contains `text`. */
export function containsPattern(text: string) {
  return `%${escapeLike(text)}%`;
}

/** A LIKE pattern for text that starts with `text`. */
export function prefixPattern(text: string) {
  return `${escapeLike(text)}%`;
}
