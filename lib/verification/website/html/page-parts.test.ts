import { isTag, type ChildNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { Findings } from '../findings';
import { readPageParts } from './page-parts';

/** The kept tree as text: "div(span(#text))". */
function outline(nodes: ChildNode[]): string {
  return nodes.map((node) => (isTag(node) ? `${node.name}(${outline(node.children)})` : '#text')).join(' ');
}

const partsOf = (html: string) => {
  const findings = new Findings();
  return { ...readPageParts(html, findings), findings: findings.list };
};

describe('readPageParts', () => {
  it('keeps the JSON-LD scripts’ text as written, entities and all', () => {
    const { scripts, scriptsFound } = partsOf(
      '<script type="application/ld+json">{"a":"&amp;<b>"}</script><script>var x = 1</script>' +
        "<SCRIPT TYPE='application/ld+json; charset=utf-8'>[1]</SCRIPT>",
    );
    expect(scripts).toEqual([
      { text: '{"a":"&amp;<b>"}', characters: 16 },
      { text: '[1]', characters: 3 },
    ]);
    expect(scriptsFound).toBe(2);
  });

  it('keeps only the elements of microdata items, with attributes decoded', () => {
    const { microdata } = partsOf(
      '<div class="page"><p>Text</p><div itemscope itemtype="https://schema.org/Store" title="a&amp;b">' +
        '<span itemprop="name">Laden</span><img itemprop="image" src="/x.jpg"></div><p>Mehr</p></div>',
    );
    expect(outline(microdata.children)).toBe('div(span(#text) img())');
    const item = microdata.children.find(isTag)!;
    expect(item.attribs).toMatchObject({ itemscope: '', title: 'a&b' });
  });

  it('closes an open <p> or <li> with the next one, as a browser does, and ignores stray end tags', () => {
    const { microdata } = partsOf(
      '<ul itemscope></span><li itemprop="a">eins<li itemprop="b">zwei</div><p>drei<p>vier</ul>',
    );
    expect(outline(microdata.children)).toBe('ul(li(#text) li(#text p(#text) p(#text)))');
  });

  it('counts markup deeper than the limit as the content of the deepest element kept', () => {
    const { microdata, findings } = partsOf(
      `<div itemscope>${'<div>'.repeat(1000)}tief${'</div>'.repeat(1000)}</div>after`,
    );
    let depth = 0;
    for (let node = microdata.children[0]; node && isTag(node); node = node.children.find(isTag)) depth++;
    expect(depth).toBe(128);
    expect(findings).toEqual([{ code: 'tooDeeplyNested', where: 'html' }]);
  });
});
