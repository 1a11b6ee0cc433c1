import type { DownloadableFile } from "@/server/http/responses.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { requireAdministrator } from "../data/administrators.ts";

export type GetClaimDocumentOptions = { userId: string; claimId: string };

/** The claim's supporting document, for a platform administrator only (anyone else: NOT_FOUND). */
export async function getClaimDocument({ userId, claimId }: GetClaimDocumentOptions): Promise<DownloadableFile> {
  await requireAdministrator(db, userId);
  const claim = await db.structureClaim.findUnique({ where: { id: claimId }, select: { documentName: true, documentMimeType: true, documentContent: true } });
  if (!claim?.documentContent || !claim.documentName || !claim.documentMimeType) throw notFound("Justificatif introuvable.");
  return { fileName: claim.documentName, mimeType: claim.documentMimeType, content: claim.documentContent };
}
