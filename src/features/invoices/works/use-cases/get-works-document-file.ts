import { documentKindOfSlug, type InvoiceFile, isAddresseeDocument, storedAttachment, storedDocument } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { requireWorksDocument } from "../data/works-access.ts";

/** A legal document by its slug (« facturx-pdf », « xml »…), or an attachment by its id. */
export type WorksFileRef = { documentSlug: string } | { attachmentId: string };

/**
 * A stored file of a works document, for whoever reads it from one of its sides (its supplier, its MOE, its MOA, with
 * consultation at least): the Factur-X PDF or XML (the supplier's projet de décompte, or the MOE's état d'acompte once
 * passed on), the deposited file and the other attachments (« Projet de décompte du fournisseur » among them). The
 * deposit receipt stays the supplier's proof. Out of the user's reach, or no such file: NOT_FOUND.
 */
export async function getWorksDocumentFile({ userId, invoiceId, file }: { userId: string; invoiceId: string; file: WorksFileRef }): Promise<InvoiceFile> {
  const reaches = await requireWorksDocument(db, userId, invoiceId);
  if ("attachmentId" in file) return storedAttachment(invoiceId, file.attachmentId);
  const kind = documentKindOfSlug(file.documentSlug);
  if (!kind || (!isAddresseeDocument(kind) && !reaches.some((reach) => reach.side === "FOURNISSEUR"))) throw notFound("Document introuvable.");
  return storedDocument(invoiceId, kind);
}
