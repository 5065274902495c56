// A small closed-loop HTTP load generator: `concurrency` clients, each sending its next request as
// soon as the previous answered, for `seconds`. Keep-alive sockets, latencies in milliseconds.
import http from 'node:http';

/**
 * `headers` go with every request (e.g. `Authorization` for signed-in routes). `next`, when given,
 * picks each request instead (`() => ({url, headers})`, e.g. rotating over a sample of schools,
 * each with its manager's token); `url` then only names the run in the result.
 */
export async function load({ url, concurrency = 50, seconds = 10, warmupSeconds = 2, headers = {}, next }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const get = () =>
    new Promise((resolve, reject) => {
      const request = next ? next() : { url, headers };
      const started = process.hrtime.bigint();
      const req = http.get(request.url, { agent, headers: request.headers ?? {} }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
        );
      });
      req.on('error', reject);
    });

  const run = async (durationMs, record) => {
    const deadline = Date.now() + durationMs;
    const latencies = [];
    let errors = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < deadline) {
          try {
            const r = await get();
            if (r.status !== 200) errors++;
            if (record) latencies.push(r.ms);
          } catch {
            errors++;
          }
        }
      }),
    );
    return { latencies, errors };
  };

  await run(warmupSeconds * 1000, false);
  const started = Date.now();
  const { latencies, errors } = await run(seconds * 1000, true);
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    latencies.length
      ? +latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(2)
      : null;
  return {
    url,
    concurrency,
    seconds: +elapsed.toFixed(2),
    requests: latencies.length,
    errors,
    reqPerSec: +(latencies.length / elapsed).toFixed(1),
    latencyMs: { p50: pct(50), p95: pct(95), p99: pct(99), max: pct(100) },
  };
}
