// Figures of a stretch of load: requests per second, latency percentiles per kind of request,
// and how the answers were distributed over statuses (no answer at all counted as "network").
import { percentile } from '../bench/context';
import type { RequestKind, RequestRecord } from './load';

export type KindFigures = { requests: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };

export type LoadFigures = {
  requests: number;
  requestsPerSecond: number;
  statuses: Record<string, number>;
  serverErrors: number;
  networkErrors: number;
  perKind: Partial<Record<RequestKind, KindFigures>>;
  writes: { acknowledged: number; rejected: number; unknown: number };
};

export function statusKey(record: RequestRecord) {
  return record.status === null ? 'network' : String(record.status);
}

export function tally(records: RequestRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records) counts[statusKey(record)] = (counts[statusKey(record)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

const rounded = (ms: number) => Math.round(ms);

export function loadFigures(records: RequestRecord[], seconds: number): LoadFigures {
  const perKind: LoadFigures['perKind'] = {};
  for (const kind of new Set(records.map((record) => record.kind))) {
    const times = records.filter((record) => record.kind === kind).map((record) => record.ms);
    perKind[kind] = {
      requests: times.length,
      p50Ms: rounded(percentile(times, 50)),
      p95Ms: rounded(percentile(times, 95)),
      p99Ms: rounded(percentile(times, 99)),
      maxMs: rounded(Math.max(...times)),
    };
  }
  const outcomes = records.flatMap((record) => (record.write ? [record.write.outcome] : []));
  return {
    requests: records.length,
    requestsPerSecond: Math.round((records.length / seconds) * 10) / 10,
    statuses: tally(records),
    serverErrors: records.filter((record) => record.status !== null && record.status >= 500).length,
    networkErrors: records.filter((record) => record.status === null).length,
    perKind,
    writes: {
      acknowledged: outcomes.filter((outcome) => outcome === 'acknowledged').length,
      rejected: outcomes.filter((outcome) => outcome === 'rejected').length,
      unknown: outcomes.filter((outcome) => outcome === 'unknown').length,
    },
  };
}
