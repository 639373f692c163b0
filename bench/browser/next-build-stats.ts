// What a production build (.next) ships to the browser per route, from Next's own statistics:
// .next/diagnostics/route-bundle-stats.json lists each route's first-load chunks (the root main
// files every page loads plus the client chunks of the route's layouts, boundaries and page).
// Chunks loaded later by import() are found by following the chunk paths the loaded chunks name.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type RouteBundleStats = {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}[];

export type RouteChunks = {
  /** e.g. /o/[slug]/locations/map */
  route: string;
  /** Paths relative to .next, e.g. static/chunks/2l_76e09-layb.js */
  firstLoad: string[];
  /** Chunks the first-load chunks load on demand (import()), transitively. */
  lazy: string[];
};

/** Chunk paths named inside a chunk's code ("static/chunks/….js"). */
export function referencedChunks(code: string): string[] {
  return unique([...code.matchAll(/"(static\/chunks\/[\w.-]+\.js)"/g)].map((match) => match[1]!));
}

/** `.next/static/chunks/a.js` (as the statistics name them) → `static/chunks/a.js`. */
export function chunkPathInDist(chunkPath: string): string {
  return chunkPath.replace(/^(\.\/)?\.next\//, '');
}

export async function routeChunks(nextDir: string): Promise<RouteChunks[]> {
  const statsFile = path.join(nextDir, 'diagnostics', 'route-bundle-stats.json');
  const stats = JSON.parse(await readFile(statsFile, 'utf8')) as RouteBundleStats;
  const code = new Map<string, Promise<string>>();
  const read = (chunk: string) => {
    if (!code.has(chunk)) code.set(chunk, readFile(path.join(nextDir, chunk), 'utf8'));
    return code.get(chunk)!;
  };
  const result: RouteChunks[] = [];
  for (const { route, firstLoadChunkPaths } of stats) {
    const firstLoad = unique(firstLoadChunkPaths.map(chunkPathInDist));
    const seen = new Set(firstLoad);
    const lazy: string[] = [];
    const queue = [...firstLoad];
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      for (const referenced of referencedChunks(await read(chunk))) {
        if (seen.has(referenced)) continue;
        seen.add(referenced);
        lazy.push(referenced);
        queue.push(referenced);
      }
    }
    result.push({ route, firstLoad, lazy });
  }
  return result.sort((a, b) => a.route.localeCompare(b.route));
}

/** Gzip size (level 9, as Next's former size report used) of each file, computed once per file. */
export function gzipSizer(nextDir: string) {
  const sizes = new Map<string, Promise<number>>();
  return (chunk: string) => {
    if (!sizes.has(chunk)) {
      sizes.set(
        chunk,
        readFile(path.join(nextDir, chunk)).then((content) => gzipSync(content, { level: 9 }).byteLength),
      );
    }
    return sizes.get(chunk)!;
  };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
