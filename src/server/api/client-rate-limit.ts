// Rate limits per API client: a token bucket per client in this process's memory (a read costs no write to the
// database, which the API's read throughput needs). Behind several instances, each holds its own buckets: the
// configured rate is per instance. API_RATE_LIMIT_PER_MINUTE sets it (default 1,200 a minute, bursts of 1 in 10).
import { ApiProblem } from "./problem.ts";

type Bucket = { tokens: number; updatedAt: number };

export type RateLimit = { perMinute: number; burst: number };

export function configuredRateLimit(env: NodeJS.ProcessEnv = process.env): RateLimit {
  const perMinute = Math.max(1, Number.parseInt(env.API_RATE_LIMIT_PER_MINUTE ?? "", 10) || 1200);
  return { perMinute, burst: Math.max(1, Math.ceil(perMinute / 10)) };
}

// On globalThis: Next.js may bundle this module into several route chunks, each with its own module state; the
// process must hold one bucket per client.
const shared = globalThis as unknown as { apiRateBuckets?: Map<string, Bucket> };
const buckets = (shared.apiRateBuckets ??= new Map<string, Bucket>());
/** Buckets idle long enough to be full again are dropped, so that the map holds only active clients. */
const SWEEP_EVERY = 10_000;
let callsSinceSweep = 0;

function sweep(now: number, limit: RateLimit) {
  const fullAfterMs = (limit.burst / limit.perMinute) * 60_000;
  for (const [key, bucket] of buckets) if (now - bucket.updatedAt > fullAfterMs) buckets.delete(key);
}

/** Takes one call from the client's bucket, or throws a 429 saying when to come back (Retry-After, in seconds). */
export function takeApiCall(clientId: string, limit: RateLimit = configuredRateLimit(), now = Date.now()): void {
  if (++callsSinceSweep >= SWEEP_EVERY) {
    callsSinceSweep = 0;
    sweep(now, limit);
  }
  const perMs = limit.perMinute / 60_000;
  const bucket = buckets.get(clientId) ?? { tokens: limit.burst, updatedAt: now };
  bucket.tokens = Math.min(limit.burst, bucket.tokens + (now - bucket.updatedAt) * perMs);
  bucket.updatedAt = now;
  buckets.set(clientId, bucket);
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return;
  }
  const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  throw new ApiProblem(429, "RATE_LIMITED", `Trop de requêtes pour cette application : réessayez dans ${retryAfter} s.`, undefined, { "Retry-After": String(retryAfter) });
}

/** For tests: every bucket full again. */
export function resetApiRateLimits() {
  buckets.clear();
}
