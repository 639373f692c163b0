import type { WebsiteFinding } from './observation';

const maximumFindings = 100;

/**
 * The findings of one reading: each one once (a cut name on 200 stores is one finding), and at
 * most a hundred, so a hostile page cannot grow the list without bound.
 */
export class Findings {
  private readonly seen = new Set<string>();
  readonly list: WebsiteFinding[] = [];

  add(finding: WebsiteFinding) {
    const key = JSON.stringify(finding);
    if (this.seen.has(key) || this.list.length >= maximumFindings) return;
    this.seen.add(key);
    this.list.push(finding);
  }
}
