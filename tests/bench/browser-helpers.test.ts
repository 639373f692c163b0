// The pure parts of the browser benchmarks: session cookies for Playwright, chunk references in
// Turbopack's output, and reading Lighthouse scores and failing audits.
import { describe, expect, it } from 'vitest';
import { cookiesFromHeader } from '@/bench/browser/chromium';
import {
  belowTarget,
  categoryScores,
  failingAudits,
  medianRunIndex,
  type CategoryScores,
} from '@/bench/browser/lighthouse-scores';
import { chunkPathInDist, referencedChunks } from '@/bench/browser/next-build-stats';

describe('cookiesFromHeader', () => {
  it('turns each pair into a cookie of the base URL origin, keeping "=" inside values', () => {
    expect(cookiesFromHeader('next-auth.session-token=a.b=c; locale=de', 'http://127.0.0.1:3412/x')).toEqual([
      { name: 'next-auth.session-token', value: 'a.b=c', url: 'http://127.0.0.1:3412' },
      { name: 'locale', value: 'de', url: 'http://127.0.0.1:3412' },
    ]);
  });

  it('refuses text that is not a cookie', () => {
    expect(() => cookiesFromHeader('just-a-token', 'http://localhost')).toThrow('Not a cookie');
  });
});

describe('chunk paths', () => {
  it('finds the chunks that a chunk loads on demand, once each', () => {
    const code =
      'e.A(1,()=>Promise.all(["static/chunks/0ljcq4v4z33h9.js","static/chunks/09xnn6_np7kx4.js"].map(load)));' +
      'load("static/chunks/0ljcq4v4z33h9.js");"static/chunks/3v64zsfts75pa.css"';
    expect(referencedChunks(code)).toEqual([
      'static/chunks/0ljcq4v4z33h9.js',
      'static/chunks/09xnn6_np7kx4.js',
    ]);
  });

  it("reads the statistics' .next/ paths relative to the build directory", () => {
    expect(chunkPathInDist('.next/static/chunks/a-b.js')).toBe('static/chunks/a-b.js');
    expect(chunkPathInDist('static/chunks/a-b.js')).toBe('static/chunks/a-b.js');
  });
});

describe('Lighthouse scores', () => {
  const scores = (performance: number): CategoryScores => ({
    performance,
    accessibility: 100,
    'best-practices': 96,
  });

  it('scales category scores to 0–100 and counts a missing category as 0', () => {
    const lhr = { categories: { performance: { score: 0.874 }, accessibility: { score: 1 } } };
    expect(categoryScores(lhr as never)).toEqual({
      performance: 87,
      accessibility: 100,
      'best-practices': 0,
    });
  });

  it('picks the run with the median performance score', () => {
    expect(medianRunIndex([scores(80), scores(95), scores(90), scores(70), scores(99)])).toBe(2);
    expect(medianRunIndex([scores(80), scores(95)])).toBe(0);
  });

  it('names the categories below their targets', () => {
    expect(belowTarget(scores(90))).toEqual([]);
    expect(belowTarget({ performance: 89, accessibility: 98, 'best-practices': 95 })).toEqual([
      'performance',
      'accessibility',
    ]);
  });

  it("lists a category's audits that did not pass, heaviest first, without unscored ones", () => {
    const lhr = {
      categories: {
        accessibility: {
          auditRefs: [
            { id: 'label', weight: 7 },
            { id: 'color-contrast', weight: 7 },
            { id: 'heading-order', weight: 3 },
            { id: 'tabindex', weight: 7 },
            { id: 'skip-link', weight: 0 },
            { id: 'image-alt', weight: 10 },
          ],
        },
      },
      audits: {
        label: { score: 1 },
        'color-contrast': { score: 0 },
        'heading-order': { score: 0 },
        tabindex: { score: null },
        'skip-link': { score: 0.5 },
        'image-alt': { score: 0 },
      },
    };
    expect(failingAudits(lhr as never, 'accessibility')).toEqual([
      'image-alt',
      'color-contrast',
      'heading-order',
      'skip-link',
    ]);
  });
});
