import { espaceRight, RECEPTION_FORMAT_LABELS } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { addresseeFiles, readInvoiceDetail, readPaymentDelay, requireReceivedInvoice } from "@/features/invoices/common/index.ts";

/**
 * The received invoice's page: everything the supplier sent (parties, references, lines, amounts, comment),
 * attachments and the documents offered to the recipient (metadata only), its history, its délai de paiement (due
 * day, days left, late-payment interest); in the shape of the
 * supplier's invoice page so that both sides show it with the same components. And what the page shows in its PDF
 * viewer, and the invoice's format as its structure receives it. NOT_FOUND for anyone but the recipient's staff. `mayModify`: the user has "Factures reçues" in modification
 * for the invoice's structure and service (the page shows its actions).
 */
export async function getReceivedInvoice({ userId, invoiceId }: { userId: string; invoiceId: string }) {
  const reached = await requireReceivedInvoice(db, userId, invoiceId);
  const right = await espaceRight(db, userId, reached.recipientStructureId!, "FACTURES_RECUES", reached.recipientServiceId);
  const [invoice, paymentDelay, recipient] = await Promise.all([
    readInvoiceDetail(invoiceId),
    readPaymentDelay(invoiceId),
    db.structure.findUniqueOrThrow({ where: { id: reached.recipientStructureId! }, select: { receptionFormat: true } }),
  ]);
  return {
    ...invoice,
    ...addresseeFiles(invoice),
    paymentDelay,
    /** The label of the structure's « Format de réception des factures » when it is not Factur-X (the page's one download). */
    receptionFormatLabel: recipient.receptionFormat === "FACTURX" ? null : RECEPTION_FORMAT_LABELS[recipient.receptionFormat],
    mayModify: right === "MODIFICATION",
  };
}

export type ReceivedInvoiceDetail = Awaited<ReturnType<typeof getReceivedInvoice>>;
