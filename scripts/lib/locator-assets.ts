import { copyFile, mkdir } from 'node:fs/promises';
import { build } from 'esbuild';

// The public locator's browser code (lib/publishing/locator/client), bundled into public/l/ before
// `next build`: the pages are plain HTML without Next.js's client runtime, so their few scripts are
// built here. locator.js runs on every page; locator-map.js (Leaflet, Supercluster) and Leaflet's
// stylesheet load only when the map is shown; embed.js is the snippet's script for other sites.

const clientDirectory = 'lib/publishing/locator/client';

export async function buildLocatorAssets() {
  await mkdir('public/l/assets', { recursive: true });
  const common = { bundle: true, minify: true, target: 'es2020', legalComments: 'none' } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: [`${clientDirectory}/locator.ts`, `${clientDirectory}/locator-map.ts`],
      outdir: 'public/l/assets',
      format: 'esm',
    }),
    build({
      ...common,
      entryPoints: [`${clientDirectory}/embed.ts`],
      outfile: 'public/l/embed.js',
      format: 'iife',
    }),
    copyFile('node_modules/leaflet/dist/leaflet.css', 'public/l/assets/leaflet.css'),
  ]);
}
