// The MOE's deadline: a works document still waiting for its maîtrise d'œuvre when its 7 days are over is passed on
// by the platform to the MOA with the supplier's amounts (ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE, then routed as
// a deposited one), as the A9 / A12 validation hors délai does for the holder of the contract. No état d'acompte is
// written: nobody admitted anything, so the supplier's projet de décompte — its amounts are the ones the MOA
// receives — stays the legal document the MOA downloads.
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { MOE_OVERDUE_COMMENT } from "../rules/moe-deadline.ts";
import { moveWorksDocument } from "../data/works-moves.ts";
import { notifyPassedToMoa } from "../data/works-notifications.ts";

const BATCH_SIZE = 100;

async function passOne(invoiceId: string, now: Date): Promise<boolean> {
  try {
    await db.$transaction(async (tx) => {
      await moveWorksDocument(tx, { invoiceId, action: "TRANSMETTRE_HORS_DELAI", actor: "PLATEFORME", comment: MOE_OVERDUE_COMMENT, now });
      await notifyPassedToMoa(tx, invoiceId, true);
    });
    return true;
  } catch (error) {
    // The MOE's decision took the row's lock first: nothing left to do for this one.
    if (error instanceof AppError && error.code === "CONFLICT") return false;
    throw error;
  }
}

/** Passes on every document whose MOE deadline is over at `now` (at most `limit`), oldest deadline first; the ids passed. */
export async function passOverdueWorksDocuments({ now = new Date(), limit = 10_000 }: { now?: Date; limit?: number } = {}): Promise<string[]> {
  const passed: string[] = [];
  const skipped = new Set<string>();
  while (passed.length + skipped.size < limit) {
    const rows = await db.worksDocument.findMany({
      where: { moeDeadline: { lte: now }, invoice: { status: "MISE_A_DISPOSITION_MOE" }, invoiceId: { notIn: [...skipped] } },
      orderBy: [{ moeDeadline: "asc" }, { invoiceId: "asc" }],
      take: Math.min(BATCH_SIZE, limit - passed.length - skipped.size),
      select: { invoiceId: true },
    });
    if (rows.length === 0) break;
    for (const { invoiceId } of rows) {
      if (await passOne(invoiceId, now)) passed.push(invoiceId);
      else skipped.add(invoiceId);
    }
  }
  return passed;
}
