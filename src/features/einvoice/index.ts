// einvoice: EN 16931, the European e-invoice, and nothing of the portal. Pure: it imports no other area, no
// Next, React or Prisma. What it holds, by folder:
//   model/     the semantic model (EInvoice, as written; ReadEInvoice, as read) and its code lists (UNTDID, ISO,
//              UN/ECE Rec 20 with the units' French labels). Shared by read/, write/ and validate/.
//   read/      a deposited file → ReadResult: its type sniffed (detect-file), then cii/, ubl/ or pdf/ (Factur-X
//              attachment, else text guesses); XML through safe-xml (no entities, bounded), ZIP and PDF streams bounded.
//   write/     EInvoice → CII XML and UBL 2.1 XML (Invoice / CreditNote); the Factur-X PDF/A-3 (readable A4 + factur-x.xml), on the PDF/A toolkit
//              (pdf-a, pdf-layout, pdf-assets: fonts and ICC profile read on first use, not at import).
//   validate/  the EN 16931 business rules (core, VAT, codes) → findings; the CEN conformance test-set runner.
// Other areas and server code use this entry; React code uses ui.ts (no pdf-lib, no node: modules).

export type * from "./model/einvoice.ts";
export { ATTACHMENT_MIME_CODES } from "./model/code-lists/mime-codes.ts";
export { UNITS, unitLabel, type UnitCode } from "./model/code-lists/unit-labels.ts";

export { DEPOSIT_FORMAT_LABELS, type DepositFormat } from "./read/deposit-format.ts";
export { readInvoiceFile } from "./read/read-invoice-file.ts";
export { EInvoiceReadError, type InvoiceSyntax, type ReadErrorCode, type ReadResult } from "./read/read-types.ts";
export { readCii } from "./read/cii/cii-reader.ts";
export { readUbl } from "./read/ubl/ubl-reader.ts";
export { parseXml } from "./read/safe-xml.ts";
export { DEFAULT_ZIP_LIMITS, readZipEntries, zipEntries, type ZipEntry, type ZipLimits } from "./read/zip.ts";
export { extractEmbeddedFiles, type EmbeddedFile } from "./read/pdf/embedded-files.ts";

export { writeCii } from "./write/cii-writer.ts";
export { writeUbl } from "./write/ubl-writer.ts";
export { leaf, node } from "./write/xml-builder.ts";
export { createFacturXPdf, FACTUR_X_FILE_NAME } from "./write/factur-x-pdf.ts";
export { createPdfADocument, finishPdfA, savePdfA, type PdfFonts } from "./write/pdf-a.ts";
export { PdfCursor } from "./write/pdf-layout.ts";
export { formatAmount } from "./write/format-amount.ts";

export { fatalFindings, validateEInvoice } from "./validate/validate.ts";
// The French reform's BR-FR rules, all warnings, apart from EN 16931 (decision 0014).
export { frRules as reformFindings } from "./validate/rules/fr.ts";
export type { Finding } from "./validate/finding.ts";
export { runConformance } from "./validate/conformance.ts";
