// What a deposited file is, from its bytes only (a name or a MIME type sent by the browser proves nothing):
// PDF, XML or ZIP; anything else is refused with a precise French message.
import { EInvoiceReadError } from "./read-types.ts";

export type FileKind = "PDF" | "XML" | "ZIP";

/** A single deposited invoice: 20 Mo at most (a ZIP batch has its own limits, see zip.ts). */
export const MAX_INVOICE_FILE_BYTES = 20 * 1024 * 1024;

/** Readers tolerate up to 1024 bytes of junk before the PDF header (ISO 32000-1, annex H.3). */
const PDF_HEADER_WINDOW = 1024;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

const startsWith = (bytes: Uint8Array, magic: number[], offset = 0) => magic.every((byte, index) => bytes[offset + index] === byte);

function hasPdfHeader(bytes: Uint8Array): boolean {
  const last = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
  for (let offset = 0; offset <= last; offset++) if (startsWith(bytes, PDF_MAGIC, offset)) return true;
  return false;
}

const isZip = (bytes: Uint8Array) =>
  startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]); // a file, or an empty archive

export type XmlEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** The encoding of an XML document from its byte order mark, undefined when the bytes do not start like XML. */
export function xmlEncoding(bytes: Uint8Array): XmlEncoding | undefined {
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  let index = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (index < bytes.length && (bytes[index] === 0x20 || bytes[index] === 0x09 || bytes[index] === 0x0a || bytes[index] === 0x0d)) index++;
  return bytes[index] === 0x3c ? "utf-8" : undefined; // "<": <?xml, a comment or the root element
}

/** The kind of the file, or an EInvoiceReadError EMPTY_FILE / TOO_LARGE / UNKNOWN_TYPE. */
export function detectFileKind(bytes: Uint8Array, options: { fileName?: string; maxBytes?: number } = {}): FileKind {
  const maxBytes = options.maxBytes ?? MAX_INVOICE_FILE_BYTES;
  const named = options.fileName ? ` « ${options.fileName} »` : "";
  if (bytes.length === 0) throw new EInvoiceReadError("EMPTY_FILE", `Le fichier${named} est vide.`);
  if (bytes.length > maxBytes) {
    throw new EInvoiceReadError("TOO_LARGE", `Le fichier${named} dépasse la taille maximale autorisée (${formatMegabytes(maxBytes)}).`);
  }
  if (startsWith(bytes, PDF_MAGIC)) return "PDF";
  if (isZip(bytes)) return "ZIP";
  if (xmlEncoding(bytes)) return "XML";
  if (hasPdfHeader(bytes)) return "PDF";
  throw new EInvoiceReadError(
    "UNKNOWN_TYPE",
    `Le type du fichier${named} n'est pas reconnu : seuls les fichiers PDF, XML (UBL ou CII) et ZIP sont acceptés.`,
  );
}

const formatMegabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
