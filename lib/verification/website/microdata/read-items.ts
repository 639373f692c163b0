import { isTag, type Document, type Element } from 'domhandler';
import type { Findings } from '../findings';
import { elementText } from '../html/element-text';
import type { JsonObject } from '../json-ld/json-nodes';
import { fieldLengths, websiteReadingLimits as limits } from '../limits';

// Microdata items (https://html.spec.whatwg.org/multipage/microdata.html) read into the shape of
// JSON-LD nodes, so one reader serves both: `itemtype` becomes `@type`, `itemid` `@id`, and each
// `itemprop` a property whose values are texts or nested items. An item's properties are the
// elements with `itemprop` inside it, down to the next `itemscope`, which is an item of its own
// (a property value when it has `itemprop` itself). `itemref` is not followed.

/** An element's value as the microdata algorithm reads it; `content` wins, as search engines read it. */
function propertyValue(element: Element): string {
  const attribute = (name: string) => element.attribs[name] ?? '';
  if (element.attribs.content !== undefined) return attribute('content');
  switch (element.name) {
    case 'audio':
    case 'embed':
    case 'iframe':
    case 'img':
    case 'source':
    case 'track':
    case 'video':
      return attribute('src');
    case 'a':
    case 'area':
    case 'link':
      return attribute('href');
    case 'object':
      return attribute('data');
    case 'data':
    case 'meter':
      return attribute('value');
    case 'time':
      if (element.attribs.datetime !== undefined) return attribute('datetime');
  }
  return elementText(element, fieldLengths.website * 4, limits.valueElements);
}

/** An item without a prototype, so that a property named "__proto__" is just a property. */
function newItem(element: Element): JsonObject {
  const item: JsonObject = Object.create(null);
  item['@type'] = (element.attribs.itemtype ?? '').split(/\s+/).filter(Boolean).slice(0, 20);
  if (element.attribs.itemid) item['@id'] = element.attribs.itemid;
  return item;
}

function addProperty(item: JsonObject, names: string[], value: unknown) {
  for (const name of names.filter((name) => !name.startsWith('@'))) {
    const values = (Object.hasOwn(item, name) ? item[name] : (item[name] = [])) as unknown[];
    values.push(value);
  }
}

/** The page's top-level items, each with its properties and nested items. */
export function readMicrodataItems(microdata: Document, findings: Findings): JsonObject[] {
  const topLevel: JsonObject[] = [];
  let items = 0;
  const pending: { element: Element; owner: JsonObject | null }[] = microdata.children
    .filter(isTag)
    .reverse()
    .map((element) => ({ element, owner: null }));
  while (pending.length > 0) {
    const { element, owner } = pending.pop()!;
    const names = (element.attribs.itemprop ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
    let childOwner = owner;
    if ('itemscope' in element.attribs) {
      if (++items > limits.microdataItems) {
        findings.add({ code: 'tooManyNodes' });
        break;
      }
      childOwner = newItem(element);
      if (owner && names.length > 0) addProperty(owner, names, childOwner);
      else topLevel.push(childOwner);
    } else if (owner && names.length > 0) addProperty(owner, names, propertyValue(element));
    const children = element.children.filter(isTag);
    for (let index = children.length - 1; index >= 0; index--) {
      pending.push({ element: children[index]!, owner: childOwner });
    }
  }
  return topLevel;
}
