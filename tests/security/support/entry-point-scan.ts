// Every entry point of the app, read from the code at test time, so a new one cannot be left
// without a case: server actions (each exported function of a module whose first statement is
// 'use server') and route handlers (each exported HTTP method of an app/**/route.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../../..');

/** Where server actions may live (a 'use server' module anywhere in the app's code counts). */
const sourceDirectories = ['app', 'components', 'lib'];
const skippedDirectories = new Set(['node_modules', 'generated']);
export const httpMethods = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export type EntryPoint = { key: string; file: string; exportName: string; kind: 'action' | 'route' };

function sourceFiles(directory: string): string[] {
  const absolute = path.join(projectRoot, directory);
  return readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(directory, entry.name);
    if (entry.isDirectory()) return skippedDirectories.has(entry.name) ? [] : sourceFiles(relative);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** The source without comments and leading whitespace: a directive must come first. */
function withoutLeadingComments(source: string) {
  let rest = source;
  for (;;) {
    const trimmed = rest.replace(/^\s+/, '');
    if (trimmed.startsWith('//')) rest = trimmed.slice(trimmed.indexOf('\n') + 1 || trimmed.length);
    else if (trimmed.startsWith('/*')) rest = trimmed.slice(trimmed.indexOf('*/') + 2);
    else return trimmed;
  }
}

const directivePattern = /^(['"])use server\1\s*;?/;
const anyDirectivePattern = /(['"])use server\1/g;

export type ScannedFiles = {
  /** Modules whose first statement is 'use server'. */
  actionModules: string[];
  routeModules: string[];
  /** Files with a 'use server' anywhere else (inline actions): each needs moving into a module. */
  inlineDirectives: string[];
};

export function scanFiles(): ScannedFiles {
  const actionModules: string[] = [];
  const inlineDirectives: string[] = [];
  for (const file of sourceDirectories.flatMap(sourceFiles)) {
    const source = readFileSync(path.join(projectRoot, file), 'utf8');
    const leading = withoutLeadingComments(source);
    const isActionModule = directivePattern.test(leading);
    if (isActionModule) actionModules.push(file);
    const directives = source.match(anyDirectivePattern)?.length ?? 0;
    if (directives > (isActionModule ? 1 : 0)) inlineDirectives.push(file);
  }
  const routeModules = sourceFiles('app').filter((file) => /\/route\.(ts|tsx|js|mjs)$/.test(file));
  return { actionModules: actionModules.sort(), routeModules: routeModules.sort(), inlineDirectives };
}

export const actionKey = (file: string, exportName: string) => `${file}#${exportName}`;
export const routeKey = (method: string, file: string) => `${method} ${file}`;

async function importModule(file: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ path.join(projectRoot, file));
}

/** Every entry point, by importing each module found and listing what it exports. */
export async function scanEntryPoints(files: ScannedFiles = scanFiles()) {
  const entryPoints: EntryPoint[] = [];
  for (const file of files.actionModules) {
    const exports = await importModule(file);
    for (const [exportName, value] of Object.entries(exports)) {
      // Everything a 'use server' module exports is callable from the browser.
      if (typeof value === 'function')
        entryPoints.push({ key: actionKey(file, exportName), file, exportName, kind: 'action' });
    }
  }
  for (const file of files.routeModules) {
    const exports = await importModule(file);
    for (const method of httpMethods) {
      if (typeof exports[method] === 'function')
        entryPoints.push({ key: routeKey(method, file), file, exportName: method, kind: 'route' });
    }
  }
  return entryPoints;
}

/** The function an entry point's key names, loaded from its module. */
export async function loadEntryPoint(entryPoint: EntryPoint) {
  const value = (await importModule(entryPoint.file))[entryPoint.exportName];
  if (typeof value !== 'function') throw new Error(`${entryPoint.key} is not a function`);
  return value as (...args: unknown[]) => Promise<unknown>;
}
