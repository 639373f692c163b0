import type { TokenizerCallbacks } from 'htmlparser2';

// htmlparser2's Tokenizer reads HTML as a browser's tokenizer does (quoted and unquoted attributes,
// comments, entities, script and style as raw text) in one linear pass. Its Parser adds a stack of
// open elements that costs time in proportion to the nesting on every tag, so a page of a few
// hundred thousand nested elements takes minutes there; the reader builds its own bounded tree
// from the tokens instead (page-parts.ts).

const ignore = () => {};

/** Callbacks for the tokenizer: the given ones, and nothing for the rest. */
export function tokenizerCallbacks(callbacks: Partial<TokenizerCallbacks>): TokenizerCallbacks {
  return {
    onattribdata: ignore,
    onattribentity: ignore,
    onattribend: ignore,
    onattribname: ignore,
    oncdata: ignore,
    onclosetag: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onend: ignore,
    onopentagend: ignore,
    onopentagname: ignore,
    onprocessinginstruction: ignore,
    onselfclosingtag: ignore,
    ontext: ignore,
    ontextentity: ignore,
    ...callbacks,
  };
}

/** Elements whose content is no text of the page. */
export const rawTextElements = new Set(['script', 'style', 'template', 'noscript']);

/** Elements that separate words: their start and end read as a space in text. */
export const wordSeparatingElements = new Set(
  'br p div li ul ol dt dd tr td th table h1 h2 h3 h4 h5 h6 address section article header footer hr'.split(
    ' ',
  ),
);
