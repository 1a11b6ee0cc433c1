// Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header Field") on the API's creations: the first request with
// a key claims it (one INSERT, the primary key deciding between concurrent ones), runs, and keeps its answer; a replay
// gets that answer again, a concurrent one waits for it. So one key makes one invoice.
// Only successful answers are kept: after a refusal or an error the key is released and a retry runs again. A process
// that dies between its commit and keeping the answer leaves the key "in progress": a replay is then told to check
// its invoices rather than risk a second one. A key lives 24 hours.
import { Prisma } from "@/generated/prisma/client.ts";
import { sha256Hex } from "@/lib/sha256.ts";
import { db } from "../db.ts";
import { ApiProblem } from "./problem.ts";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const KEY_LIFETIME_MS = 24 * 3600_000;
const WAIT_STEP_MS = 100;
const WAIT_MAX_MS = 30_000;

export type StoredAnswer = { status: number; body: unknown };

/** The key of the request, checked, or null when it has none. */
export function idempotencyKeyOf(request: Request): string | null {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return null;
  if (!KEY_PATTERN.test(key)) throw new ApiProblem(400, "INVALID_REQUEST", "En-tête Idempotency-Key invalide : 1 à 255 caractères ASCII visibles.", [{ path: "Idempotency-Key", message: "Clé invalide." }]);
  return key;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function claim(clientId: string, key: string, requestHash: string): Promise<boolean> {
  // The client's expired keys go as it makes new ones (its rows only: the primary key's prefix).
  await db.apiIdempotencyKey.deleteMany({ where: { clientId, createdAt: { lt: new Date(Date.now() - KEY_LIFETIME_MS) } } });
  const { count } = await db.apiIdempotencyKey.createMany({ data: [{ clientId, key, requestHash, createdAt: new Date() }], skipDuplicates: true });
  return count === 1;
}

/** The stored answer of an earlier request with this key, once it has one. */
async function earlierAnswer(clientId: string, key: string, requestHash: string): Promise<StoredAnswer | "expired"> {
  const started = Date.now();
  for (;;) {
    const row = await db.apiIdempotencyKey.findUnique({ where: { clientId_key: { clientId, key } } });
    if (!row) return "expired"; // released by a refused first request: this one runs
    if (Date.now() - row.createdAt.getTime() > KEY_LIFETIME_MS) {
      await db.apiIdempotencyKey.deleteMany({ where: { clientId, key, createdAt: row.createdAt } });
      return "expired";
    }
    if (row.requestHash !== requestHash) {
      throw new ApiProblem(422, "IDEMPOTENCY_KEY_REUSED", "Cette clé d'idempotence a déjà servi pour une autre requête : utilisez une nouvelle clé.", [{ path: "Idempotency-Key", message: "Clé déjà utilisée." }]);
    }
    if (row.status === "TERMINE") return { status: row.responseStatus ?? 200, body: row.responseBody };
    if (Date.now() - started > WAIT_MAX_MS) {
      throw new ApiProblem(409, "CONFLICT", "Une requête avec cette clé d'idempotence est en cours ou a été interrompue : consultez vos factures avant de réessayer avec une nouvelle clé.");
    }
    await sleep(WAIT_STEP_MS);
  }
}

/**
 * Runs `answer` once per (client, key): the first request's answer is kept and returned to the replays
 * (`replayed: true`). Without a key, simply runs it.
 */
export async function onceForKey(
  { clientId, key, requestHash }: { clientId: string; key: string | null; requestHash: string },
  answer: () => Promise<StoredAnswer>,
): Promise<StoredAnswer & { replayed: boolean }> {
  if (key === null) return { ...(await answer()), replayed: false };
  for (;;) {
    if (await claim(clientId, key, requestHash)) break;
    const earlier = await earlierAnswer(clientId, key, requestHash);
    if (earlier !== "expired") return { ...earlier, replayed: true };
  }
  let result: StoredAnswer;
  try {
    result = await answer();
  } catch (error) {
    await db.apiIdempotencyKey.delete({ where: { clientId_key: { clientId, key } } });
    throw error;
  }
  await db.apiIdempotencyKey.update({
    where: { clientId_key: { clientId, key } },
    data: { status: "TERMINE", responseStatus: result.status, responseBody: (result.body ?? Prisma.JsonNull) as Prisma.InputJsonValue },
  });
  return { ...result, replayed: false };
}

export const requestHashOf = (operationId: string, body: string) => sha256Hex(Buffer.from(`${operationId}\n${body}`));
