import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { requireOwnInvoice } from "@/features/invoices/common/index.ts";
import { storedDocument, type InvoiceFile } from "@/features/invoices/common/index.ts";

/** A document produced when the invoice was sent (Factur-X PDF, XML, deposit receipt), for its supplier's users. */
export async function getInvoiceDocument({ userId, invoiceId, kind }: { userId: string; invoiceId: string; kind: InvoiceDocumentKind }): Promise<InvoiceFile> {
  await requireOwnInvoice(db, userId, invoiceId);
  return storedDocument(invoiceId, kind);
}
