// What a file really is, from its CONTENT (never its name): PDF, images, XML, office files and plain text are
// recognised, anything else is not (an executable renamed "facture.pdf" included); and the name it is kept under.
// No I/O. Each caller says which of these it accepts (invoices' attachments, a claim's document).
import { fileTypeFromBuffer } from "file-type";

/** Detected by file-type from the magic numbers, by extension. */
const BINARY_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  tif: "image/tiff",
  xml: "application/xml",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export type AttachmentType = { extension: string; mimeType: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** "<?xml ": file-type's own signature of XML, tested first here (an invoice is XML more often than not). */
const XML_DECLARATION = [0x3c, 0x3f, 0x78, 0x6d, 0x6c, 0x20];

function utf8Text(content: Uint8Array): string | null {
  if (content.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return null;
  }
}

/** The attachment's real type, or null when it is none of the allowed ones. `name` only tells CSV from plain text. */
export async function detectAttachmentType(content: Uint8Array, name: string): Promise<AttachmentType | null> {
  if (content.length === 0) return null;
  // What file-type answers for these bytes, without its hundred other signatures tried first (strings made from the
  // content: about 18 KB of garbage per file of a batch deposit, and its CPU).
  if (XML_DECLARATION.every((byte, index) => content[index] === byte)) return { extension: "xml", mimeType: BINARY_TYPES.xml };
  const detected = await fileTypeFromBuffer(content);
  if (detected) {
    const mimeType = BINARY_TYPES[detected.ext];
    return mimeType ? { extension: detected.ext, mimeType } : null;
  }
  const text = utf8Text(content);
  if (text === null) return null;
  const body = UTF8_BOM.every((byte, index) => content[index] === byte) ? text.slice(1) : text;
  if (body.trimStart().startsWith("<?xml")) return { extension: "xml", mimeType: "application/xml" };
  return /\.csv$/i.test(name) ? { extension: "csv", mimeType: "text/csv" } : { extension: "txt", mimeType: "text/plain" };
}

/** "dossier/photo.pdf" with PNG content → "photo.png": the name the file is kept and downloaded under. */
export function attachmentFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 150);
  return `${base || "piece-jointe"}.${extension}`;
}
