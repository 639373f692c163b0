// Measurement 3: the dashboard of the 5,000-location organisation under load: 20 concurrent
// signed-in connections (autocannon) for 20 s (quick: 5 s). Requests per second, p95 latency
// (from every response's own time; autocannon's summary has no p95), errors, non-2xx answers.
import autocannon from 'autocannon';
import { percentile, type BenchContext } from './context';

export const loadConnections = 20;

export async function measureThroughput(context: BenchContext) {
  const duration = context.quick ? 5 : 20;
  const path = `/o/${context.organisations.chain.slug}`;
  const times: number[] = [];
  const instance = autocannon({
    url: `${context.baseUrl}${path}`,
    connections: loadConnections,
    duration,
    timeout: 10,
    headers: { cookie: context.cookie },
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  const errors = result.errors + result.non2xx;
  return {
    target: 'zero errors and zero non-2xx answers',
    page: path,
    connections: loadConnections,
    durationSeconds: duration,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    requestsTotal: result.requests.total,
    p50Ms: Math.round(percentile(times, 50)),
    p95Ms: Math.round(percentile(times, 95)),
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    pass: errors === 0,
  };
}
