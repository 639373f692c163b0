// bench/results/latest.md: one Markdown table per measurement with its target and pass/fail.
// The server measurements have their own tables; the browser, bundle and Lighthouse results are
// laid out from their JSON (arrays of flat records become tables, other values a list).
import type { Spread } from './context';
import type { measureStatementCounts } from './query-counts';
import type { measureRenderLatency } from './render-latency';
import type { measureThroughput } from './throughput';
import type { machineInfo } from './machine';

export type BenchResults = {
  machine: ReturnType<typeof machineInfo>;
  mode: 'full' | 'quick';
  durationSeconds: number;
  setup: Record<string, unknown>;
  measurements: {
    statementCounts?: Awaited<ReturnType<typeof measureStatementCounts>>;
    renderLatency?: Awaited<ReturnType<typeof measureRenderLatency>>;
    throughput?: Awaited<ReturnType<typeof measureThroughput>>;
    [other: string]: unknown;
  };
  failures: Record<string, string>;
};

const verdict = (pass: boolean) => (pass ? 'pass' : '**FAIL**');
const spread = (value: Spread, unit = '') =>
  value.runs > 1 && value.min !== value.max
    ? `${value.median}${unit} (${value.min}–${value.max})`
    : `${value.median}${unit}`;

function table(header: string[], rows: (string | number)[][]) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function statementSection(result: NonNullable<BenchResults['measurements']['statementCounts']>) {
  return [
    `## SQL statements per request — ${verdict(result.pass)}`,
    `Target: ${result.target}. Counted at PostgreSQL (log_statement), BEGIN/COMMIT included; median (min–max) of repeated requests. ` +
      "First view: the organisation's cached reads expired before the request (as by any change of its data); repeated: the same request again.",
    '',
    table(
      [
        'Page',
        '10 locations, first view',
        '5,000, first view',
        '10, repeated',
        '5,000, repeated',
        'of which BEGIN/COMMIT',
        'Result',
      ],
      result.pages.map((page) => [
        page.label,
        spread(page.small),
        spread(page.chain),
        spread(page.cachedSmall),
        spread(page.cachedChain),
        page.chainTransactionControl,
        verdict(page.pass),
      ]),
    ),
  ].join('\n');
}

function latencySection(result: NonNullable<BenchResults['measurements']['renderLatency']>) {
  return [
    `## Server render latency ratio — ${verdict(result.pass)}`,
    `Target: ${result.target}. Floor: ${result.floor.what}, p50 ${spread(result.floor.p50Ms, ' ms')}, p95 ${spread(result.floor.p95Ms, ' ms')}. ` +
      `Up to ${result.requestsPerPage} sequential requests per page after a warm-up (a slow page stops after ${result.secondsPerPageAndRound} s with at least 10), ` +
      `${result.rounds} round(s); median (min–max) over rounds. ` +
      `First view: p50 of ${result.firstViewRequestsPerPage} requests, each after the organisation's cached reads expired (no target).`,
    '',
    table(
      [
        'Page (5,000 locations)',
        'Requests',
        'p50',
        'p95',
        'p50 ÷ floor',
        'p95 ÷ floor',
        'Result',
        'First view p50',
        'First view ÷ floor',
      ],
      result.pages.map((page) => [
        page.label,
        page.requests.join(' / '),
        spread(page.p50Ms, ' ms'),
        spread(page.p95Ms, ' ms'),
        spread(page.p50Ratio, '×'),
        spread(page.p95Ratio, '×'),
        verdict(page.pass),
        `${page.firstView.p50Ms} ms`,
        `${page.firstView.p50Ratio}×`,
      ]),
    ),
  ].join('\n');
}

function throughputSection(result: NonNullable<BenchResults['measurements']['throughput']>) {
  return [
    `## Throughput under load — ${verdict(result.pass)}`,
    `Target: ${result.target}. ${result.page}, ${result.connections} concurrent signed-in connections, ${result.durationSeconds} s (autocannon).`,
    '',
    table(
      ['Requests/s', 'Requests', 'p50', 'p95', 'max', 'Errors', 'Timeouts', 'Non-2xx', 'Result'],
      [
        [
          result.requestsPerSecond,
          result.requestsTotal,
          `${result.p50Ms} ms`,
          `${result.p95Ms} ms`,
          `${result.maxMs} ms`,
          result.errors,
          result.timeouts,
          result.non2xx,
          verdict(result.pass),
        ],
      ],
    ),
  ].join('\n');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSpread = (value: unknown) => isRecord(value) && 'median' in value && 'runs' in value;
const isFlatRecord = (value: unknown) =>
  isRecord(value) &&
  !isSpread(value) &&
  Object.values(value).every((entry) => !isRecord(entry) || isSpread(entry));

/** `pass: true`, or `pass: { ready: true, … }` with every part true. */
function passOf(value: unknown): boolean | null {
  if (!isRecord(value)) return null;
  if (typeof value.pass === 'boolean') return value.pass;
  if (isRecord(value.pass) && Object.values(value.pass).every((part) => typeof part === 'boolean'))
    return Object.values(value.pass).every(Boolean);
  return null;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (isSpread(value)) return spread(value as Spread);
  if (typeof value === 'object') return `\`${JSON.stringify(value)}\``;
  return String(value).replaceAll('|', '\\|');
}

/** Any JSON-able result: scalars as a list, arrays of records as tables, nested records as sub-sections. */
function genericBody(value: unknown, depth = 0): string {
  if (Array.isArray(value)) {
    if (value.length && value.every(isRecord)) {
      const columns = [...new Set(value.flatMap((row) => Object.keys(row)))];
      return table(
        columns,
        value.map((row) => columns.map((column) => cell(row[column]))),
      );
    }
    return value.map((item) => `- ${cell(item)}`).join('\n');
  }
  if (!isRecord(value)) return cell(value);
  // A record of flat records (e.g. one per route): one table with the key in front.
  const entries = Object.entries(value);
  if (entries.length > 1 && entries.every(([, entry]) => isFlatRecord(entry))) {
    return genericBody(
      entries.map(([key, entry]) => ({ key, ...(entry as Record<string, unknown>) })),
      depth,
    );
  }
  const scalars = Object.entries(value).filter(
    ([, entry]) => !Array.isArray(entry) && !(isRecord(entry) && !isSpread(entry)),
  );
  const nested = Object.entries(value).filter(([key]) => !scalars.some(([scalar]) => scalar === key));
  return [
    scalars.map(([key, entry]) => `- ${key}: ${cell(entry)}`).join('\n'),
    ...nested.map(
      ([key, entry]) => `${'#'.repeat(Math.min(6, 3 + depth))} ${key}\n\n${genericBody(entry, depth + 1)}`,
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function genericSection(name: string, value: unknown) {
  const pass = passOf(value);
  const heading = pass === null ? '' : ` — ${verdict(pass)}`;
  return `## ${name}${heading}\n\n${genericBody(value)}`;
}

export function renderMarkdown(results: BenchResults) {
  const { machine } = results;
  const { statementCounts, renderLatency, throughput, ...others } = results.measurements;
  return [
    `# npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}`,
    `${machine.date} · ${machine.cpuCount} × ${machine.cpuModel} · ${machine.memoryGb} GB · Node ${machine.node} · ` +
      `commit ${machine.gitCommit?.slice(0, 10) ?? 'unknown'}${machine.gitDirty ? ' (with uncommitted changes)' : ''} · ` +
      `${Math.round(results.durationSeconds)} s`,
    statementCounts && statementSection(statementCounts),
    renderLatency && latencySection(renderLatency),
    throughput && throughputSection(throughput),
    ...Object.entries(others).map(([name, value]) => genericSection(name, value)),
    ...Object.entries(results.failures).map(
      ([name, message]) => `## ${name} — **did not run**\n\n${message}`,
    ),
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}
