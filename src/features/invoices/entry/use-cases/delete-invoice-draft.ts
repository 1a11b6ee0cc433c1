import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { lockInvoice } from "@/features/invoices/common/index.ts";

/** "Supprimer": a draft disappears with its lines and attachments; a sent invoice stays. */
export async function deleteInvoiceDraft({ userId, invoiceId }: { userId: string; invoiceId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const invoice = await lockInvoice(tx, userId, invoiceId);
    if (invoice.status !== "BROUILLON") throw new AppError("CONFLICT", "Seule une facture au statut Brouillon peut être supprimée.");
    await tx.invoice.delete({ where: { id: invoice.id } });
  });
}
