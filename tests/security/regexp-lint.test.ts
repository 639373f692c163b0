// The lint rule that keeps slow patterns out (eslint.config.js, eslint-plugin-regexp) run on the
// two patterns that once let one request hold the server (issue #18): it must fail `npm run lint`
// on each, and pass their linear replacements.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function regexpProblems(code: string) {
  const [result] = await eslint.lintText(code, { filePath: 'lib/regexp-lint-fixture.ts' });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.startsWith('regexp/'))
    .map((message) => ({ line: message.line, rule: message.ruleId, severity: message.severity }));
}

describe('the lint against super-linear patterns', () => {
  it('fails on the website pattern with exponential backtracking', async () => {
    const code =
      "export const path = (text: string) => text.replace(/(?:\\/+(?:index\\.(?:html?|php))?)+$/, '');\n";
    expect(await regexpProblems(code)).toContainEqual({
      line: 1,
      rule: 'regexp/no-super-linear-backtracking',
      severity: 2,
    });
  });

  it('fails on the hours pattern with quadratic backtracking, also when built from parts', async () => {
    const code = [
      'const dash = String.raw`\\s*[-–]\\s*`;',
      'export const range = (text: string) => new RegExp(`^(.+?)${dash}(.+)$`).exec(text);',
      '',
    ].join('\n');
    expect(await regexpProblems(code)).toContainEqual({
      line: 2,
      rule: 'regexp/no-super-linear-backtracking',
      severity: 2,
    });
  });

  it('fails on a search that rescans a run from every position', async () => {
    const code = "export const trim = (text: string) => text.replace(/-+$/, '');\n";
    expect(await regexpProblems(code)).toContainEqual({
      line: 1,
      rule: 'regexp/no-super-linear-move',
      severity: 2,
    });
  });

  it('passes linear patterns', async () => {
    const code = [
      'export const time = (text: string) => /^\\d{1,2}:\\d\\d$/.test(text);',
      "export const trim = (text: string) => text.replace(/(?<!-)-+$/, '');",
      '',
    ].join('\n');
    expect(await regexpProblems(code)).toEqual([]);
  });
});
