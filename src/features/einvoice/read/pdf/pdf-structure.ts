// What the PDF's object structure says before its content is read: it opens at all (pdf-lib), it is encrypted,
// it carries a signature dictionary. Signatures are only detected, never verified (out of scope here).
import { PDFArray, PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { EInvoiceReadError } from "../read-types.ts";

export type PdfStructure = { encrypted: boolean; signed: boolean; pageCount: number };

export const corruptPdf = () => new EInvoiceReadError("CORRUPT_PDF", "Le fichier PDF est endommagé ou illisible.");

/** A PAdES / PKCS#7 signature (or a document timestamp): /Type /Sig, or a /ByteRange with its /Contents. */
function isSignature(dict: PDFDict): boolean {
  const type = dict.get(PDFName.of("Type"));
  if (type === PDFName.of("Sig") || type === PDFName.of("DocTimeStamp")) return true;
  return dict.get(PDFName.of("ByteRange")) instanceof PDFArray && dict.has(PDFName.of("Contents"));
}

/** Loads the PDF with pdf-lib; CORRUPT_PDF when it cannot be parsed or has no page. */
export async function readPdfStructure(bytes: Uint8Array): Promise<PdfStructure> {
  let document: PDFDocument;
  let pageCount: number;
  try {
    document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    if (!(document.context.lookup(document.context.trailerInfo.Root) instanceof PDFDict)) throw corruptPdf();
    pageCount = document.getPageCount();
  } catch {
    throw corruptPdf();
  }
  if (pageCount === 0) throw corruptPdf();
  let signed = false;
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && isSignature(object)) {
      signed = true;
      break;
    }
  }
  return { encrypted: document.isEncrypted, signed, pageCount };
}
