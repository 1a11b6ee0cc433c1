import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { changeInvoiceStatus } from "@/features/invoices/lifecycle/index.ts";
import { requireInvoiceToValidate } from "@/features/invoices/common/index.ts";

/**
 * « Refuser »: the holder of the contract refuses the A9 / A12 invoice with a motif (REFUSEE_1, final; the supplier is
 * told why). First the holder's reach (another's invoice is NOT_FOUND), then the lifecycle's move, which locks the
 * invoice, refuses an illegal move (CONFLICT) or a missing motif, and writes the history and the notices.
 */
export async function refuseInvoice({ userId, invoiceId, input, now }: { userId: string; invoiceId: string; input: { motif?: string; comment?: string }; now?: Date }): Promise<{ invoiceId: string; status: InvoiceStatus }> {
  await requireInvoiceToValidate(db, userId, invoiceId, "MODIFICATION");
  return changeInvoiceStatus({ userId, invoiceId, action: "REFUSER", ...input, now });
}
