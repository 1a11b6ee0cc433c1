// Rate limits per API client: a token bucket per client, kept in PostgreSQL (table api_rate_buckets) so that every
// instance of the portal behind a load balancer takes from the same bucket: the configured rate is the client's, however
// many instances serve it. One atomic statement per call (an upsert on the client's row: concurrent calls queue on its
// row lock, so none is lost); the table is UNLOGGED, so the call costs no WAL flush (its commit writes nothing durable)
// and a crash only fills the buckets again. API_RATE_LIMIT_PER_MINUTE sets the rate (default 1,200 a minute, bursts of
// 1 in 10).
import { Prisma } from "@/generated/prisma/client.ts";
import { db } from "../db.ts";
import { ApiProblem } from "./problem.ts";

export type RateLimit = { perMinute: number; burst: number };

export function configuredRateLimit(env: NodeJS.ProcessEnv = process.env): RateLimit {
  const perMinute = Math.max(1, Number.parseInt(env.API_RATE_LIMIT_PER_MINUTE ?? "", 10) || 1200);
  return { perMinute, burst: Math.max(1, Math.ceil(perMinute / 10)) };
}

/** A client_id sent to the token endpoint is any text of its bounded body: the key is cut, like the row it makes. */
const KEY_MAX_LENGTH = 200;
/** Buckets idle for a day are full again whatever the rate: dropped now and then, so that the table holds active clients. */
const IDLE_ROW_MS = 86_400_000;
const SWEEP_PROBABILITY = 0.001;

/**
 * Takes one call from the client's bucket, or throws a 429 saying when to come back (Retry-After, in seconds).
 * `now` is this process's clock (kept by NTP on every instance); a bucket never goes back in time (GREATEST), so a
 * slightly late clock refills nothing rather than a negative amount.
 */
export async function takeApiCall(clientId: string, limit: RateLimit = configuredRateLimit(), now = Date.now()): Promise<void> {
  const key = clientId.slice(0, KEY_MAX_LENGTH);
  const at = new Date(now);
  const perMs = limit.perMinute / 60_000;
  // The bucket refilled for the time since its last call (every SET expression reads the row as it was).
  const refilled = Prisma.sql`LEAST(${limit.burst}::float8, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM (${at}::timestamp - b.updated_at)) * 1000) * ${perMs}::float8)`;
  const [bucket] = await db.$queryRaw<{ tokens: number; allowed: boolean }[]>`
    INSERT INTO api_rate_buckets AS b (key, tokens, updated_at, allowed) VALUES (${key}, ${limit.burst - 1}::float8, ${at}::timestamp, true)
    ON CONFLICT (key) DO UPDATE SET
      tokens = ${refilled} - CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END,
      allowed = ${refilled} >= 1,
      updated_at = GREATEST(b.updated_at, ${at}::timestamp)
    RETURNING b.tokens, b.allowed`;
  if (Math.random() < SWEEP_PROBABILITY) {
    await db.$executeRaw`DELETE FROM api_rate_buckets WHERE updated_at < ${new Date(now - IDLE_ROW_MS)}`;
  }
  if (bucket.allowed) return;
  const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  throw new ApiProblem(429, "RATE_LIMITED", `Trop de requêtes pour cette application : réessayez dans ${retryAfter} s.`, undefined, { "Retry-After": String(retryAfter) });
}

/** For tests: every bucket full again. */
export async function resetApiRateLimits(): Promise<void> {
  await db.$executeRaw`DELETE FROM api_rate_buckets`;
}
