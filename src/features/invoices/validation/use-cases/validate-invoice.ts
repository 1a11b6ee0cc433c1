import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { changeInvoiceStatus } from "@/features/invoices/lifecycle/index.ts";
import { requireInvoiceToValidate } from "@/features/invoices/common/index.ts";

/**
 * « Valider »: the holder of the contract validates the A9 / A12 invoice (VALIDEE_1), which then goes on to its
 * recipient. First the holder's reach (another's invoice is NOT_FOUND), then the lifecycle's move, which in one
 * transaction locks the invoice, refuses it when no longer À valider (CONFLICT), writes the history, tells the
 * supplier and enqueues the routing job (VALIDEE_1 is routed like DEPOSEE).
 */
export async function validateInvoice({ userId, invoiceId, input = {}, now }: { userId: string; invoiceId: string; input?: { comment?: string }; now?: Date }): Promise<{ invoiceId: string; status: InvoiceStatus }> {
  await requireInvoiceToValidate(db, userId, invoiceId, "MODIFICATION");
  return changeInvoiceStatus({ userId, invoiceId, action: "VALIDER", ...input, now });
}
