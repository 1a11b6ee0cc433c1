// The supporting document of a claim: checked from its CONTENT (never its name or the browser's type), as the
// invoices' attachments are; only PDF and images, 5 Mo at most, refused before anything is stored.
import { attachmentFileName, detectAttachmentType } from "@/lib/file-content-type.ts";
import { AppError } from "@/server/errors.ts";
import { CLAIM_DOCUMENT_MAX_BYTES, CLAIM_DOCUMENT_TYPES, type ClaimDocumentUpload } from "../schemas/claim.ts";

export type CheckedClaimDocument = { documentName: string; documentMimeType: string; documentSize: number; documentContent: Uint8Array<ArrayBuffer> };

export async function checkedClaimDocument(upload: ClaimDocumentUpload): Promise<CheckedClaimDocument | null> {
  if (!upload || upload.content.length === 0) return null;
  if (upload.content.length > CLAIM_DOCUMENT_MAX_BYTES) throw new AppError("VALIDATION", "Le justificatif dépasse 5 Mo : joignez un fichier de 5 Mo au plus.", "document");
  const detected = await detectAttachmentType(upload.content, upload.name);
  const mimeType = detected && CLAIM_DOCUMENT_TYPES[detected.extension];
  if (!detected || !mimeType) throw new AppError("VALIDATION", "Le justificatif doit être un fichier PDF, PNG ou JPEG : son contenu ne correspond à aucun de ces types.", "document");
  return {
    documentName: attachmentFileName(upload.name, detected.extension),
    documentMimeType: mimeType,
    documentSize: upload.content.length,
    documentContent: new Uint8Array(upload.content),
  };
}
