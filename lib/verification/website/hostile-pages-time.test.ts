import { describe, expect, it } from 'vitest';
import { timeWithinBudget } from '@/tests/support/time-budget';
import { readWebsite } from './read-website';

// A fetched page is at most 2 MB (the safe outbound module's limit). Whatever those 2 MB hold, the
// reader must be done well within a second: a parser whose time grows with the nesting, or with the
// number of scripts or of JSON nodes, would take minutes on some of these. In the "event-loop"
// project of vitest.config.ts, so that no other test file's load counts against the budget.

const budgetMs = 500;
const pageBytes = 2_000_000;
const repeatTo = (unit: string) => unit.repeat(Math.floor(pageBytes / unit.length));
const script = (json: string) => `<script type="application/ld+json">${json}</script>`;
const store = (index: number) =>
  JSON.stringify({
    '@type': ['Organization', 'Store'],
    name: `<b>Filiale</b> ${index} &amp; <i>Söhne</i>`,
    address: { '@type': 'PostalAddress', streetAddress: `Hafenstraße ${index}`, postalCode: '27568' },
    openingHours: ['Mo-Fr 08:00-18:00 Sa 09:00-13:00', 'Su 10:00-02:00'],
    openingHoursSpecification: [{ dayOfWeek: ['Monday', 'Friday'], opens: '08:00', closes: '18:00' }],
  });

/** A JSON-LD script just within the size limit, listing about 2,900 stores. */
const storeList = (first: number) =>
  script(`[${Array.from({ length: 2850 }, (_, index) => store(first + index)).join(',')}]`);

const pages: [string, string][] = [
  [
    'JSON-LD nested a million deep',
    script(`${'['.repeat(pageBytes / 2 - 40)}${']'.repeat(pageBytes / 2 - 40)}`),
  ],
  ['JSON-LD objects nested deep', script(repeatTo('{"a":'))],
  ['markup nested 300,000 deep', repeatTo('<div>')],
  ['inline markup nested deep', repeatTo('<span class=x>')],
  ['formatting elements left open', repeatTo('<b><i><a href=#>')],
  ['end tags that close nothing', `${'<div>'.repeat(5000)}${repeatTo('</span>')}`],
  [
    'microdata items nested deep',
    repeatTo('<div itemscope itemtype="https://schema.org/Store" itemprop="department">'),
  ],
  [
    'microdata properties nested deep',
    `<div itemscope itemtype="https://schema.org/Store">${repeatTo('<span itemprop="name">x')}`,
  ],
  ['thousands of JSON-LD scripts', repeatTo(script(store(1)))],
  ['two JSON-LD lists of stores with markup in every value', storeList(0).repeat(2)],
  ['one value of 2 MB of tags', script(JSON.stringify({ '@type': 'Store', name: repeatTo('<b>') }))],
  ['an attribute that never ends', `<div itemscope itemtype="${repeatTo('x')}`],
  [
    'one element with 260,000 attributes',
    `<div itemscope ${Array.from({ length: 260_000 }, (_, index) => `a${index}`).join(' ')}>`,
  ],
  ['a long ordinary page', repeatTo('<p class="text">Frische Brötchen &amp; Kuchen, täglich.</p>\n')],
];

describe('reading a 2 MB hostile page', () => {
  it.each(pages)('%s finishes within 500 ms', async (_name, page) => {
    expect(page.length).toBeGreaterThan(pageBytes * 0.9);
    const ms = await timeWithinBudget(() => readWebsite(page, 'https://evil.example/'), budgetMs);
    expect(ms).toBeLessThan(budgetMs);
  });
});
