import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { wordSeparatingElements } from './tokenizer-callbacks';

/**
 * The text inside `element` as a visitor reads it, gathered without recursion and within bounds:
 * at most `maximumCharacters` characters from at most `maximumElements` elements.
 */
export function elementText(element: Element, maximumCharacters: number, maximumElements: number) {
  const parts: string[] = [];
  let characters = 0;
  let elements = 0;
  const pending: ChildNode[] = element.children.slice(0, maximumElements).reverse();
  while (pending.length > 0 && characters < maximumCharacters) {
    const node = pending.pop()!;
    if (isText(node)) {
      const text = node.data.slice(0, maximumCharacters - characters);
      parts.push(text);
      characters += text.length;
    } else if (isTag(node)) {
      if (++elements > maximumElements) break;
      if (wordSeparatingElements.has(node.name)) parts.push(' ');
      for (let index = Math.min(node.children.length, maximumElements) - 1; index >= 0; index--) {
        pending.push(node.children[index]!);
      }
    }
  }
  return parts.join('');
}
