// The batch's own connections to PostgreSQL through the `pg` driver, beside Prisma's pool, for the upload's items
// written with their bytes (write-flux-upload.ts): Prisma passes a raw query's bytes as base64 in JSON (decision 0020).
import pg from "pg";
import { config } from "@/server/config.ts";
import { logger } from "@/server/logger.ts";

const globalForPool = globalThis as unknown as { batchPgPool?: pg.Pool };

/** Two connections at most (two uploads at once; a third waits), closed after 10 s unused; jit off as Prisma's (decision 0025). */
export function batchPgPool(): pg.Pool {
  if (globalForPool.batchPgPool) return globalForPool.batchPgPool;
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    max: 2,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
    // A transaction left idle (the process stopped answering) does not hold its locks for ever.
    options: "-c jit=off -c idle_in_transaction_session_timeout=120000",
  });
  // An idle connection closed by the server (a restart, a database dropped) is only logged: the pool opens another
  // when asked. Without a listener, pg's "error" event would stop the process.
  // pg attaches the connection to its error (its prepared statements, thousands of lines): only what tells why.
  pool.on("error", (error: Error & { code?: string }) => logger.warn({ err: { message: error.message, code: error.code } }, "connexion PostgreSQL du dépôt par lot fermée"));
  globalForPool.batchPgPool = pool;
  return pool;
}

/** Closes the pool (a script about to drop its database: the server's FORCE would end the idle connections, logged as lost). */
export async function closeBatchPgPool(): Promise<void> {
  const pool = globalForPool.batchPgPool;
  globalForPool.batchPgPool = undefined;
  await pool?.end();
}
