import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The import graph of the app's code (app/, components/, lib/, read as TypeScript resolves it,
// type-only imports included) has no cycle: neither between files nor between the folders of lib/
// and components/ (lib/db, lib/audit, components/map, …; a file directly in lib/ is a unit of its
// own). The lint (import-x/no-cycle, eslint.config.js) already refuses cycles of runtime imports
// as they are typed; this test also sees those through types only and those between folders,
// which no single file shows. Tests are left out: nothing imports them, and a test may use
// whatever it tests. What to do about a cycle: move the piece both sides need to the lower one
// (or to a module of its own, as lib/access holds the member context), or pass it in.

const projectRoot = path.resolve(import.meta.dirname, '../..');
const sourceDirectories = ['app', 'components', 'lib'];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** Each file's imports of other files of the app, resolved with tsconfig.json (the @/ alias). */
function importGraph(): Map<string, Set<string>> {
  const configFile = path.join(projectRoot, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, projectRoot);
  const files = sourceDirectories.flatMap((directory) => sourceFiles(path.join(projectRoot, directory)));
  const known = new Set(files);
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    // Static and dynamic imports and re-exports, `import type` among them.
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
      if (resolved && known.has(resolved.resolvedFileName)) targets.add(resolved.resolvedFileName);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The folder a file belongs to for the folder graph: lib/<name> or components/<name>. */
function unitOf(file: string): string | null {
  const parts = path.relative(projectRoot, file).split(path.sep);
  if (parts[0] !== 'lib' && parts[0] !== 'components') return null;
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts.join('/');
}

/** The strongly connected parts of more than one node (Tarjan): each holds at least one cycle. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    lowest.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowest.set(node, Math.min(lowest.get(node)!, lowest.get(next)!));
      } else if (onStack.has(next)) lowest.set(node, Math.min(lowest.get(node)!, index.get(next)!));
    }
    if (lowest.get(node) !== index.get(node)) return;
    const part: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      part.push(member);
    } while (member !== node);
    if (part.length > 1) found.push(part.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const relative = (file: string) => path.relative(projectRoot, file);

describe('the import graph', () => {
  const files = importGraph();

  it('is read from the code (the scan itself works)', () => {
    const memberContext = files.get(path.join(projectRoot, 'lib/organisations/member-context.ts'));
    expect([...(memberContext ?? [])].map(relative)).toContain('lib/access/member-context.ts');
  });

  it('has no cycle between files, through type-only imports neither', () => {
    const described = cycles(files).map((part) =>
      part.map(
        (file) =>
          `${relative(file)} → ${[...files.get(file)!]
            .filter((next) => part.includes(next))
            .map(relative)
            .join(', ')}`,
      ),
    );
    expect(described).toEqual([]);
  });

  it('has no cycle between the folders of lib/ and of components/', () => {
    const folders = new Map<string, Set<string>>();
    const because = new Map<string, string>();
    for (const [file, targets] of files) {
      const from = unitOf(file);
      if (!from) continue;
      for (const target of targets) {
        const to = unitOf(target);
        if (!to || to === from) continue;
        folders.set(from, (folders.get(from) ?? new Set()).add(to));
        if (!because.has(`${from} ${to}`))
          because.set(`${from} ${to}`, `${relative(file)} → ${relative(target)}`);
      }
    }
    const described = cycles(folders).map((part) =>
      part.flatMap((from) =>
        part.filter((to) => because.has(`${from} ${to}`)).map((to) => because.get(`${from} ${to}`)!),
      ),
    );
    expect(described).toEqual([]);
  });
});
