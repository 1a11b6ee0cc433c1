// The files of a sollicitation or of a reply, checked as an invoice's attachments are: non-empty, 10 Mo at most each,
// 20 Mo and 5 files at most together, their type read from their CONTENT (src/lib/file-content-type.ts), then stored in
// the database with their SHA-256.
import { createHash } from "node:crypto";
import { AppError } from "@/server/errors.ts";
import { attachmentFileName, detectAttachmentType } from "@/lib/file-content-type.ts";
import { SOLLICITATION_MAX_FILE_BYTES, SOLLICITATION_MAX_FILES, SOLLICITATION_MAX_FILES_BYTES } from "../rules/attachments.ts";

export type UploadedFile = { name: string; content: Uint8Array<ArrayBuffer> };

const FIELD = "fichiers";

/** The files as they are stored, or the refusal of the first wrong one (on the form's "fichiers" field). */
export async function checkedFiles(files: UploadedFile[]) {
  if (files.length > SOLLICITATION_MAX_FILES) throw new AppError("VALIDATION", `Joignez au plus ${SOLLICITATION_MAX_FILES} fichiers.`, FIELD);
  const total = files.reduce((sum, file) => sum + file.content.length, 0);
  if (total > SOLLICITATION_MAX_FILES_BYTES) throw new AppError("VALIDATION", "Les pièces jointes font au plus 20 Mo en tout.", FIELD);
  const stored = [];
  for (const file of files) {
    if (file.content.length === 0) throw new AppError("VALIDATION", `« ${file.name} » est vide.`, FIELD);
    if (file.content.length > SOLLICITATION_MAX_FILE_BYTES) throw new AppError("VALIDATION", `« ${file.name} » dépasse 10 Mo : une pièce jointe fait au plus 10 Mo.`, FIELD);
    const detected = await detectAttachmentType(file.content, file.name);
    if (!detected) {
      throw new AppError("VALIDATION", `« ${file.name} » : le contenu du fichier ne correspond à aucun type autorisé (PDF, images, XML, bureautique, texte).`, FIELD);
    }
    stored.push({
      fileName: attachmentFileName(file.name, detected.extension),
      extension: detected.extension,
      mimeType: detected.mimeType,
      size: file.content.length,
      sha256: createHash("sha256").update(file.content).digest("hex"),
      content: file.content,
    });
  }
  return stored;
}
