// Placing 10,000 imported rows offline (issue 13): how long the embedded gazetteer takes to load
// and what it keeps in memory, and how long an import's check takes for 10,000 rows when each is
// placed and checked for plausibility. Runs in a fresh Node process of its own, so its memory is
// the gazetteer's alone; needs neither the database nor the server.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { machineInfo } from './machine';

export const placementTargets = {
  gazetteerLoadMs: 1_000,
  gazetteerRetainedHeapMb: 20,
  placementOnlyMs: 1_000,
};

export async function measurePlacement(options: { rows: number }) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      './bench/allow-server-only.mjs',
      '--import',
      'tsx',
      'bench/placement-run.ts',
      String(options.rows),
    ],
    { cwd: process.cwd(), maxBuffer: 1024 * 1024 },
  );
  const figures = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    gazetteerLoadMs: number;
    gazetteerRetainedHeapMb: number;
    placementOnlyMs: number;
  } & Record<string, unknown>;
  const result = {
    target:
      `gazetteer loaded within ${placementTargets.gazetteerLoadMs} ms keeping under ${placementTargets.gazetteerRetainedHeapMb} MB of heap; ` +
      `${options.rows.toLocaleString('en')} rows placed within ${placementTargets.placementOnlyMs} ms`,
    pass:
      figures.gazetteerLoadMs <= placementTargets.gazetteerLoadMs &&
      figures.gazetteerRetainedHeapMb <= placementTargets.gazetteerRetainedHeapMb &&
      figures.placementOnlyMs <= placementTargets.placementOnlyMs,
    ...figures,
  };
  await recordPlacement(result);
  return result;
}

/**
 * Also kept in bench/results/placement.{json,md}, so a run of this group alone (`npm run bench --
 * --only placement`, a few seconds) leaves a record beside the full run's latest.*.
 */
async function recordPlacement(result: Record<string, unknown>) {
  const directory = path.join(process.cwd(), 'bench', 'results');
  const machine = machineInfo();
  const lines = [
    '# Placing imported rows offline (npm run bench -- --only placement)',
    '',
    `${machine.date} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · commit ${machine.gitCommit?.slice(0, 10)}`,
    '',
    `Target: ${String(result.target)} — ${result.pass ? 'pass' : '**FAIL**'}`,
    '',
    '| Figure | Value |',
    '| --- | --- |',
    ...Object.entries(result)
      .filter(([key]) => key !== 'target' && key !== 'pass')
      .map(
        ([key, value]) => `| ${key} | ${typeof value === 'object' ? JSON.stringify(value) : String(value)} |`,
      ),
  ];
  for (const [name, text] of [
    ['placement.json', JSON.stringify({ machine, ...result })],
    ['placement.md', lines.join('\n')],
  ] as const) {
    const file = path.join(directory, name);
    await writeFile(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
  }
}
