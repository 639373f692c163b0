import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildLocatorAssets } from './locator-assets';

const sourceEntries = [
  'app',
  'components',
  'lib',
  'messages',
  'public',
  'types',
  'next.config.js',
  'postcss.config.js',
  'package-lock.json',
  'proxy.ts',
];
const ignoredDirectories = new Set(['generated', 'node_modules']);

async function newestModification(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry, { withFileTypes: true });
  const times = await Promise.all(
    children
      .filter((child) => !(child.isDirectory() && ignoredDirectories.has(child.name)))
      .map((child) => newestModification(path.join(entry, child.name))),
  );
  return Math.max(info.mtimeMs, ...times);
}

/** Runs `next build` unless .next holds a build newer than every source file. */
export async function ensureProductionBuild() {
  const buildTime = (await stat('.next/BUILD_ID').catch(() => null))?.mtimeMs ?? 0;
  const sourceTime = Math.max(...(await Promise.all(sourceEntries.map(newestModification))));
  if (buildTime > sourceTime) return;
  console.info(
    buildTime ? 'Sources changed since the last build: building…' : 'First start: building the app…',
  );
  if ((await buildApp()) !== 0) throw new Error('next build failed');
}

/** The locator's browser code (scripts/lib/locator-assets.ts), then `next build`; its exit code. */
export async function buildApp(): Promise<number> {
  await buildLocatorAssets();
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  return spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' }).status ?? 1;
}
