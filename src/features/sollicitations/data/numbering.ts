import type { Tx } from "@/server/db.ts";

/** "SOL<year><9-digit sequence>", from the year's counter, incremented atomically in the caller's transaction. */
export async function nextSollicitationNumber(tx: Tx, now: Date): Promise<string> {
  const name = `SOL${now.getFullYear()}`;
  const [{ value }] = await tx.$queryRaw<{ value: bigint }[]>`
    INSERT INTO counters (name, value) VALUES (${name}, 1)
    ON CONFLICT (name) DO UPDATE SET value = counters.value + 1
    RETURNING value`;
  return `${name}${value.toString().padStart(9, "0")}`;
}
