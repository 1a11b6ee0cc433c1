import { db } from "@/server/db.ts";
import { requireWorksDocument } from "../data/works-access.ts";
import { readWorksDocumentDetail, type WorksDocumentDetail } from "../data/works-document-detail.ts";

/** A works document as its supplier, its MOE or its MOA sees it (consultation); out of all their reach: NOT_FOUND. */
export async function getWorksDocument({ userId, invoiceId, now = new Date() }: { userId: string; invoiceId: string; now?: Date }): Promise<WorksDocumentDetail> {
  const reaches = await requireWorksDocument(db, userId, invoiceId);
  return readWorksDocumentDetail(db, invoiceId, reaches, now);
}
