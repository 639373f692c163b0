// The benchmark metrics, without zod: the benchmark set form imports them in the browser;
// ./schemas builds the schemas from them.

export const benchmarkMetrics = [
  'ACTIVE_SHARE',
  'DAILY_TIME',
  'POST_FREQUENCY',
  'PLATFORM_USAGE',
  'GOAL',
] as const;
export type BenchmarkMetricValue = (typeof benchmarkMetrics)[number];
