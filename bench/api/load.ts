// A closed-loop HTTP load run with autocannon 9, recording every response time so percentiles
// (p50, p95, p99) are exact rather than autocannon's fixed buckets.
import autocannon from 'autocannon';

export interface LoadResult {
  label: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

export async function load(label: string, opts: { url: string; connections: number; seconds: number; headers?: Record<string, string>; method?: 'GET' | 'POST'; body?: string }): Promise<LoadResult> {
  const times: number[] = [];
  const result = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    method: opts.method ?? 'GET',
    body: opts.body,
    headers: opts.headers,
    setupClient: (client) => client.on('response', (_status: number, _bytes: number, ms: number) => void times.push(ms)),
  });
  times.sort((a, b) => a - b);
  return {
    label,
    requests: result.requests.total,
    rps: result.requests.total / opts.seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export const fmt = (r: LoadResult) =>
  `${r.label.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  errors ${r.errors} non-2xx ${r.non2xx}`;

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
