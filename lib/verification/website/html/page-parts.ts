import { DomHandler, type Document } from 'domhandler';
import { Tokenizer } from 'htmlparser2';
import type { Findings } from '../findings';
import { websiteReadingLimits as limits } from '../limits';
import { tokenizerCallbacks } from './tokenizer-callbacks';

// A page as the reader needs it: the texts of its JSON-LD scripts, and the elements of its
// microdata items (an element with `itemscope` and all inside it) as trees under one document; the
// rest of the markup is read past without keeping it. Nesting follows the browser's reading
// loosely (an end tag closes up to the nearest open element of its name, a stray one is ignored,
// <p> and <li> close an open one of their kind) and within bounds: at most `elementDepth` open
// elements and `elements` kept ones. What lies deeper or further counts as the content of the last
// element kept.

export type JsonLdScript = { text: string; characters: number };
export type PageParts = { microdata: Document; scripts: JsonLdScript[]; scriptsFound: number };

const voidElements = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);
/** Elements that a new one of the same name closes when it is the current element. */
const closedBySibling = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
const maximumAttributeCharacters = 10_000;
const maximumAttributes = 100;

const isJsonLdType = (type: string | undefined) =>
  type !== undefined && type.split(';')[0]!.trim().toLowerCase() === 'application/ld+json';

type OpenElement = { name: string; kept: boolean };

class PageTreeBuilder {
  readonly handler = new DomHandler();
  readonly scripts: JsonLdScript[] = [];
  scriptsFound = 0;
  private readonly open: OpenElement[] = [];
  /** How many elements of each name are open: an end tag of none is stray, found without a search. */
  private readonly openByName = new Map<string, number>();
  private skippedDepth = 0;
  private elementCount = 0;
  private tagName = '';
  /** The current start tag's attributes, in order; an object is made only for an element kept. */
  private readonly attributeNames: string[] = [];
  private readonly attributeValues: string[] = [];
  private attributeName = '';
  private attributeValue = '';
  /** Inside <script> or <style>: the element's name; `scriptParts` when it is JSON-LD that is read. */
  private rawText: string | null = null;
  private scriptParts: string[] | null = null;
  private scriptCharacters = 0;

  constructor(private readonly findings: Findings) {}

  startTag(name: string) {
    this.tagName = name;
    this.attributeNames.length = 0;
    this.attributeValues.length = 0;
  }

  startAttribute(name: string) {
    this.attributeName = name;
    this.attributeValue = '';
  }

  addToAttribute(text: string) {
    if (this.attributeValue.length < maximumAttributeCharacters) this.attributeValue += text;
  }

  endAttribute() {
    // As in a browser, the first of two attributes of one name counts.
    if (this.attributeNames.length >= maximumAttributes || this.attributeNames.includes(this.attributeName))
      return;
    this.attributeNames.push(this.attributeName);
    this.attributeValues.push(this.attributeValue.slice(0, maximumAttributeCharacters));
  }

  text(text: string) {
    if (this.scriptParts) {
      if (this.scriptCharacters <= limits.scriptCharacters) this.scriptParts.push(text);
      this.scriptCharacters += text.length;
    } else if (this.rawText === null && this.open.at(-1)?.kept) this.handler.ontext(text);
  }

  endStartTag() {
    const name = this.tagName;
    if (name === 'script' || name === 'style') return this.startRawText(name);
    if (closedBySibling.has(name) && this.open.at(-1)?.name === name) this.closeCurrent();
    if (voidElements.has(name)) {
      if (this.keepElement()) this.handler.onclosetag();
      return;
    }
    if (this.open.length >= limits.elementDepth) {
      if (this.skippedDepth === 0) this.findings.add({ code: 'tooDeeplyNested', where: 'html' });
      this.skippedDepth += 1;
      return;
    }
    this.open.push({ name, kept: this.keepElement() });
    this.openByName.set(name, (this.openByName.get(name) ?? 0) + 1);
  }

  endTag(name: string) {
    if (this.rawText !== null) {
      if (name === this.rawText) this.endRawText();
      return;
    }
    if (this.skippedDepth > 0) {
      this.skippedDepth -= 1;
      return;
    }
    if (!this.openByName.get(name)) return;
    const index = this.open.findLastIndex((element) => element.name === name);
    while (this.open.length > index) this.closeCurrent();
  }

  end() {
    if (this.rawText !== null) this.endRawText();
    while (this.open.length > 0) this.closeCurrent();
    this.handler.onend();
  }

  /** Adds the element of the current start tag to the tree when it is part of an item, within bounds. */
  private keepElement() {
    const inItem = this.open.at(-1)?.kept || this.attributeNames.includes('itemscope');
    if (!inItem) return false;
    if (this.elementCount >= limits.elements) {
      if (this.elementCount === limits.elements) this.findings.add({ code: 'tooManyElements' });
      this.elementCount += 1;
      return false;
    }
    this.elementCount += 1;
    const attributes: Record<string, string> = Object.create(null);
    this.attributeNames.forEach((name, index) => (attributes[name] = this.attributeValues[index]!));
    this.handler.onopentag(this.tagName, attributes);
    return true;
  }

  private closeCurrent() {
    const element = this.open.pop();
    if (!element) return;
    this.openByName.set(element.name, this.openByName.get(element.name)! - 1);
    if (element.kept) this.handler.onclosetag();
  }

  private startRawText(name: string) {
    this.rawText = name;
    const type = this.attributeValues[this.attributeNames.indexOf('type')];
    if (name !== 'script' || !isJsonLdType(type)) return;
    this.scriptsFound += 1;
    if (this.scripts.length < limits.scripts) {
      this.scriptParts = [];
      this.scriptCharacters = 0;
    }
  }

  private endRawText() {
    if (this.scriptParts) {
      this.scripts.push({ text: this.scriptParts.join(''), characters: this.scriptCharacters });
    }
    this.rawText = null;
    this.scriptParts = null;
  }
}

/** Reads `html` in one pass into its JSON-LD scripts and the trees of its microdata items. */
export function readPageParts(html: string, findings: Findings): PageParts {
  const builder = new PageTreeBuilder(findings);
  const slice = (start: number, end: number) => html.slice(start, end);
  const character = (codepoint: number) => String.fromCodePoint(codepoint);
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    tokenizerCallbacks({
      onopentagname: (start, end) => builder.startTag(slice(start, end).toLowerCase()),
      onattribname: (start, end) => builder.startAttribute(slice(start, end).toLowerCase()),
      onattribdata: (start, end) => builder.addToAttribute(slice(start, end)),
      onattribentity: (codepoint) => builder.addToAttribute(character(codepoint)),
      onattribend: () => builder.endAttribute(),
      onopentagend: () => builder.endStartTag(),
      onselfclosingtag: () => builder.endStartTag(),
      onclosetag: (start, end) => builder.endTag(slice(start, end).toLowerCase()),
      ontext: (start, end) => builder.text(slice(start, end)),
      ontextentity: (codepoint) => builder.text(character(codepoint)),
    }),
  );
  tokenizer.write(html);
  tokenizer.end();
  builder.end();
  return { microdata: builder.handler.root, scripts: builder.scripts, scriptsFound: builder.scriptsFound };
}
