import { db } from "@/server/db.ts";
import { readInvoiceDetail, readPaymentDelay } from "@/features/invoices/common/index.ts";
import { requireOwnInvoice } from "@/features/invoices/common/index.ts";

/**
 * Everything the invoice page and the draft form show: header, parties, lines, amounts (recomputed by the one
 * totals function), attachments and documents (metadata only, no bytes), history with the actors' names, the délai de
 * paiement once received (due day, late-payment interest); and the
 * form's values for a draft reopened in "Saisir facture". NOT_FOUND outside the supplier structure. `mayModify`: the
 * user has "Factures émises" in modification for its structure (the page shows its changes: Modifier, Compléter, Recycler).
 */
export async function getInvoice({ userId, invoiceId }: { userId: string; invoiceId: string }) {
  const { right } = await requireOwnInvoice(db, userId, invoiceId);
  const [invoice, paymentDelay] = await Promise.all([readInvoiceDetail(invoiceId), readPaymentDelay(invoiceId)]);
  return { ...invoice, paymentDelay, mayModify: right === "MODIFICATION" };
}
