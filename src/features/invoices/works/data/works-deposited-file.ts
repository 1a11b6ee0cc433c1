// The file a works supplier deposits with its document (« Document (PDF ou Factur-X) »), read by the readers of
// « Déposer facture » (einvoice's readInvoiceFile, with the same size limit). A plain PDF is kept as the document's
// legal document with the typed amounts, as Déposer keeps a PDF invoice; a structured one (Factur-X, UBL, CII) must
// pass the EN 16931 validator, carry the document type's BT-3 and the very net and total the typed fields give.
// Every refusal is a French field error on « file »: nothing is written before this has answered.
import Decimal from "decimal.js";
import type { DepositMode, WorksDocumentType } from "@/generated/prisma/enums.ts";
import { EInvoiceReadError, fatalFindings, readInvoiceFile, validateEInvoice } from "@/features/einvoice/index.ts";
import { InvoiceRulesError, ORIGINAL_ATTACHMENT_TYPE } from "@/features/invoices/common/index.ts";
import { attachmentFileName, detectAttachmentType } from "@/lib/file-content-type.ts";
import { sha256Hex } from "@/lib/sha256.ts";
import { TYPE_CODE_OF_DOCUMENT, WORKS_DOCUMENT_TYPE_LABELS } from "../rules/works-cadres.ts";
import { worksFileError } from "../schemas.ts";

export type WorksFile = { name: string; bytes: Uint8Array };

/** The deposited file as the invoice keeps it: its deposit mode, its hash (one file per supplier) and its « Facture originale ». */
export type KeptWorksFile = {
  depositMode: DepositMode;
  sha256: string;
  attachment: { type: string; designation: string; fileName: string; extension: string; mimeType: string; size: number; sha256: string; content: Uint8Array<ArrayBuffer> };
};

const refuse = (message: string): never => {
  throw new InvoiceRulesError({ file: message });
};

const sameAmount = (read: unknown, expected: string) => {
  try {
    return typeof read === "string" && read.trim() !== "" && new Decimal(read.trim()).eq(expected);
  } catch {
    return false;
  }
};

const euros = (amount: string) => new Decimal(amount).toFixed(2).replace(".", ",");

/** Reads and checks the file against the typed document; the file to keep, or an InvoiceRulesError on « file ». */
export async function checkWorksFile(
  file: WorksFile,
  expected: { documentType: WorksDocumentType; totalNet: string; totalGross: string },
): Promise<KeptWorksFile> {
  const sizeError = worksFileError({ size: file.bytes.length });
  if (sizeError) refuse(sizeError);
  let read;
  try {
    read = await readInvoiceFile(file.bytes, { fileName: file.name });
  } catch (error) {
    if (error instanceof EInvoiceReadError) return refuse(error.message);
    throw error;
  }
  const structured = read.syntax === "UBL" || read.syntax === "CII";
  if (structured) {
    const fatal = fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings, read.syntax));
    if (fatal.length > 0) refuse(`Le fichier n'est pas conforme à la norme EN 16931 : ${fatal.map((finding) => `[${finding.rule}] ${finding.message}`).join(" ")}`);
    const typeCode = TYPE_CODE_OF_DOCUMENT[expected.documentType];
    if (read.invoice.typeCode !== typeCode) {
      refuse(
        `Le type de document du fichier (BT-3 ${read.invoice.typeCode ?? "absent"}) ne correspond pas au cadre choisi : un ${WORKS_DOCUMENT_TYPE_LABELS[expected.documentType].toLowerCase()} porte le code ${typeCode}.`,
      );
    }
    const totals = read.invoice.totals;
    if (!sameAmount(totals?.taxExclusive, expected.totalNet) || !sameAmount(totals?.taxInclusive, expected.totalGross)) {
      refuse(
        `Les montants du fichier (net HT ${totals?.taxExclusive ?? "absent"}, TTC ${totals?.taxInclusive ?? "absent"}) diffèrent de ceux calculés des montants saisis (net HT ${euros(expected.totalNet)} €, TTC ${euros(expected.totalGross)} €) : corrigez le fichier ou les montants.`,
      );
    }
  }
  const depositMode: DepositMode = !structured ? "PDF_NON_SIGNE" : read.embeddedFileName ? "XML_MIXTE" : "XML_STRUCTURE";
  const detected = await detectAttachmentType(file.bytes, file.name);
  const extension = detected?.extension ?? (depositMode === "XML_STRUCTURE" ? "xml" : "pdf");
  const sha256 = sha256Hex(file.bytes);
  return {
    depositMode,
    sha256,
    attachment: {
      type: ORIGINAL_ATTACHMENT_TYPE,
      designation: (file.name.split(/[\\/]/).pop() || "Document original").slice(0, 100),
      fileName: attachmentFileName(file.name, extension),
      extension,
      mimeType: detected?.mimeType ?? (depositMode === "XML_STRUCTURE" ? "application/xml" : "application/pdf"),
      size: file.bytes.length,
      sha256,
      // Prisma's Bytes want an ArrayBuffer-backed array; a copy is one whatever the caller's buffer.
      content: new Uint8Array(file.bytes),
    },
  };
}
