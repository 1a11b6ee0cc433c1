// The writes the sollicitations' use cases share inside their transaction: a status change with its history row.
import type { SollicitationStatus } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { SollicitationStatusError } from "../rules/statuses.ts";

/** Moves the sollicitation to `to` (a history row, the date of the status) when it is not there yet. */
export async function moveSollicitation(tx: Tx, move: { sollicitationId: string; from: SollicitationStatus; to: SollicitationStatus; actorId: string; now: Date }) {
  if (move.from === move.to) return;
  await tx.sollicitation.update({ where: { id: move.sollicitationId }, data: { status: move.to, statusChangedAt: move.now } });
  await tx.sollicitationHistory.create({ data: { sollicitationId: move.sollicitationId, status: move.to, actorId: move.actorId, createdAt: move.now } });
}

/** Locks the sollicitation's row until the end of the transaction and reads its status then (two answers at once queue). */
export async function lockedStatus(tx: Tx, sollicitationId: string): Promise<SollicitationStatus> {
  const [row] = await tx.$queryRaw<{ status: SollicitationStatus }[]>`SELECT status::text AS status FROM sollicitations WHERE id = ${sollicitationId}::uuid FOR UPDATE`;
  return row.status;
}

/** A rule of the statuses, its refusal as the user reads it (CONFLICT: the sollicitation moved meanwhile). */
export function ruled<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof SollicitationStatusError) throw new AppError("CONFLICT", error.message);
    throw error;
  }
}
