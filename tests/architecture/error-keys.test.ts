import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesByLocale } from '@/lib/i18n/messages';

// Every message key an AppError carries (`messageKey: '…'` in the code) must exist in German and
// English: lib/i18n/app-error-text.ts falls back to the code's general message otherwise, which
// would hide a specific explanation from the person who needs it.

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function thrownMessageKeys() {
  const keys = new Map<string, string>();
  for (const file of ['lib', 'app'].flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/messageKey: '([A-Za-z0-9.]+)'/g)) keys.set(match[1]!, file);
  }
  return keys;
}

function has(messages: unknown, key: string) {
  let node = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

describe('error message keys', () => {
  const keys = thrownMessageKeys();

  it('finds the keys the code throws (the scan itself works)', () => {
    expect(keys.has('locations.errors.storeCodeTaken')).toBe(true);
    expect(keys.size).toBeGreaterThan(10);
  });

  it.each(['de', 'en'] as const)('every thrown key has a %s message', (locale) => {
    const missing = [...keys].filter(([key]) => !has(messagesByLocale[locale], key));
    expect(missing).toEqual([]);
  });
});
