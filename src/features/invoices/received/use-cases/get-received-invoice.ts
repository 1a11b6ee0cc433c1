import { espaceRight } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { addresseeFiles, readInvoiceDetail, readPaymentDelay, requireReceivedInvoice } from "@/features/invoices/common/index.ts";

/**
 * The received invoice's page: everything the supplier sent (parties, references, lines, amounts, comment),
 * attachments and the documents offered to the recipient (metadata only), its history, its délai de paiement (due
 * day, days left, late-payment interest); in the shape of the
 * supplier's invoice page so that both sides show it with the same components. And what the page shows in its PDF
 * viewer. NOT_FOUND for anyone but the recipient's staff. `mayModify`: the user has "Factures reçues" in modification
 * for the invoice's structure and service (the page shows its actions).
 */
export async function getReceivedInvoice({ userId, invoiceId }: { userId: string; invoiceId: string }) {
  const reached = await requireReceivedInvoice(db, userId, invoiceId);
  const right = await espaceRight(db, userId, reached.recipientStructureId!, "FACTURES_RECUES", reached.recipientServiceId);
  const [invoice, paymentDelay] = await Promise.all([readInvoiceDetail(invoiceId), readPaymentDelay(invoiceId)]);
  return {
    ...invoice,
    ...addresseeFiles(invoice),
    paymentDelay,
    mayModify: right === "MODIFICATION",
  };
}

export type ReceivedInvoiceDetail = Awaited<ReturnType<typeof getReceivedInvoice>>;
