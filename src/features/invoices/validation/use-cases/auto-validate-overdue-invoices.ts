// "Validation automatique hors délai": the A9 / A12 invoices whose holder did not answer by the deadline move to
// VALIDEE_1 (the platform as actor, history comment « Validation automatique hors délai »); the lifecycle's platform
// move enqueues, in the same transaction, the routing job that takes each on to its recipient.
import type { Prisma } from "@/generated/prisma/client.ts";
import { moveInvoiceAsPlatform } from "@/features/invoices/lifecycle/index.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { logger } from "@/server/logger.ts";
import { AUTO_VALIDATION_COMMENT } from "../rules/validation-rules.ts";

/** Invoices taken per query; a run goes on until none is overdue or `limit` were looked at. */
const BATCH_SIZE = 100;

/** Validates one overdue invoice and routes it; false when it is no longer waiting (the holder decided meanwhile). */
async function autoValidate(invoiceId: string): Promise<boolean> {
  try {
    await db.$transaction((tx) => moveInvoiceAsPlatform(tx, invoiceId, "VALIDER_HORS_DELAI", { comment: AUTO_VALIDATION_COMMENT }));
    return true;
  } catch (error) {
    // The holder's decision won the row's lock first: nothing left to do for this one.
    if (error instanceof AppError && error.code === "CONFLICT") return false;
    throw error;
  }
}

/**
 * Validates every A_VALIDER_1 invoice whose deadline has passed at `now` (at most `limit`), oldest deadline first.
 * Idempotent: an invoice already decided is skipped. Returns the ids validated.
 */
export async function autoValidateOverdueInvoices({ now = new Date(), limit = 5000 }: { now?: Date; limit?: number } = {}): Promise<string[]> {
  const validated: string[] = [];
  const skipped = new Set<string>();
  while (validated.length + skipped.size < limit) {
    const where: Prisma.InvoiceWhereInput = { status: "A_VALIDER_1", validationDeadline: { lte: now }, ...(skipped.size > 0 ? { id: { notIn: [...skipped] } } : {}) };
    const due = await db.invoice.findMany({ where, orderBy: [{ validationDeadline: "asc" }, { id: "asc" }], take: Math.min(BATCH_SIZE, limit - validated.length - skipped.size), select: { id: true } });
    if (due.length === 0) break;
    for (const { id } of due) {
      if (await autoValidate(id)) validated.push(id);
      else skipped.add(id);
    }
  }
  if (validated.length > 0) logger.info({ count: validated.length }, "factures validées automatiquement hors délai");
  return validated;
}
