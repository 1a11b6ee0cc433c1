// A deposited PDF: a Factur-X / ZUGFeRD (its embedded CII XML is the invoice: structured data wins, whatever
// format was chosen), a ZUGFeRD 1.0 (refused), or an unstructured PDF whose text pre-fills the invoice.
import { extractEmbeddedFiles, type EmbeddedFile } from "./embedded-files.ts";
import { checkPdfStreams } from "./pdf-stream-guard.ts";
import { corruptPdf, readPdfStructure } from "./pdf-structure.ts";
import { prefillFromPdfText } from "./pdf-text-prefill.ts";
import type { DepositFormat } from "../deposit-format.ts";
import { EInvoiceReadError, type ReadResult } from "../read-types.ts";
import { children, child, parseXml, type XmlRoot } from "../safe-xml.ts";
import { readXmlInvoice } from "../xml-invoice.ts";

/** The names Factur-X, ZUGFeRD 1 and 2, and XRechnung give the invoice XML inside the PDF (compared in lower case). */
const INVOICE_XML_NAMES = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"];

/**
 * BT-24 of a Factur-X / ZUGFeRD 2: EN 16931 itself, a CIUS or extension of it ("#compliant#urn:…" / "#conformant#urn:…",
 * or the older form of Factur-X 1.0's first release, ":compliant:factur-x.eu:1p0:…", which the CEN rules accept as
 * well), or the MINIMUM / BASIC WL profiles, which are not EN 16931 invoices.
 */
const PROFILE_IDS = [
  /^urn:cen\.eu:en16931:2017(?:#(?:compliant|conformant)#urn:\S+|:(?:compliant|conformant):\S+)?$/,
  /^urn:(?:factur-x\.eu:1p0|zugferd\.de:2p\d):(?:minimum|basicwl)$/,
];

function invoiceXmlOf(files: EmbeddedFile[]): EmbeddedFile | undefined {
  for (const name of INVOICE_XML_NAMES) {
    const file = files.find((candidate) => candidate.name.toLowerCase() === name);
    if (file) return file;
  }
  return undefined;
}

const invalidEmbedded = (name: string, detail: string) =>
  new EInvoiceReadError("MALFORMED_XML", `Le XML intégré au PDF (${name}) est invalide : ${detail}`);

/** The profile identifiers the embedded XML declares must be Factur-X / ZUGFeRD 2 ones (a CII root is checked). */
function checkProfile(root: XmlRoot, name: string) {
  if (root.name !== "CrossIndustryInvoice") return;
  const parameters = children(child(root, "ExchangedDocumentContext"), "GuidelineSpecifiedDocumentContextParameter");
  for (const parameter of parameters) {
    const id = child(parameter, "ID")?.text ?? "";
    if (id !== "" && !PROFILE_IDS.some((pattern) => pattern.test(id))) {
      throw invalidEmbedded(name, `l'identifiant de profil (BT-24) « ${id} » n'est pas un profil Factur-X / ZUGFeRD reconnu.`);
    }
  }
}

function readEmbeddedInvoice(file: EmbeddedFile): ReadResult {
  let root: XmlRoot;
  try {
    root = parseXml(file.content);
  } catch (error) {
    if (!(error instanceof EInvoiceReadError)) throw invalidEmbedded(file.name, "le XML est illisible.");
    const detail = error.message.replace(/^Le fichier XML /, "le XML ");
    if (error.code === "FORBIDDEN_XML") throw new EInvoiceReadError("FORBIDDEN_XML", `Le XML intégré au PDF (${file.name}) est refusé : ${detail}`);
    throw invalidEmbedded(file.name, detail);
  }
  const result = readXmlInvoice(root);
  checkProfile(root, file.name);
  return { ...result, embeddedFileName: file.name };
}

/** Reads a PDF deposited with `format` (undefined: whatever it is). */
export async function readPdfInvoice(bytes: Uint8Array, format: DepositFormat | undefined): Promise<ReadResult> {
  // Before pdf-lib or pdf.js inflate anything (neither bounds it): every stream is decoded, counting only, within a budget.
  checkPdfStreams(bytes);
  const structure = await readPdfStructure(bytes);
  if (format === "PDF_SIGNE_PADES" && !structure.signed) {
    throw new EInvoiceReadError(
      "FORMAT_MISMATCH",
      "Le fichier ne contient pas de signature PAdES : déposez-le en « PDF non signé » ou déposez le PDF signé.",
    );
  }
  // PDF_SIGNE_XADES: the XAdES signature travels beside the PDF; signatures are not verified here.

  if (structure.encrypted) {
    // Embedded files of an encrypted PDF would need decrypting, and Factur-X (PDF/A-3) forbids encryption anyway.
    if (format === "XML_MIXTE") {
      throw new EInvoiceReadError(
        "NO_EMBEDDED_XML",
        "Le PDF est chiffré : une facture Factur-X (PDF/A-3) ne peut pas l'être. Déposez une version non chiffrée, ou déposez-le en « PDF non signé ».",
      );
    }
    return prefillFromPdfText(bytes);
  }

  let embedded: EmbeddedFile[] = [];
  try {
    embedded = await extractEmbeddedFiles(bytes);
  } catch {
    // Broken attachments: only an XML mixte needs them; other formats fall back to the text.
    if (format === "XML_MIXTE") throw corruptPdf();
  }
  const invoiceXml = invoiceXmlOf(embedded);
  if (invoiceXml) return readEmbeddedInvoice(invoiceXml);
  if (format === "XML_MIXTE") {
    throw new EInvoiceReadError(
      "NO_EMBEDDED_XML",
      "Le PDF ne contient pas de données structurées Factur-X (fichier factur-x.xml intégré) : déposez-le en « PDF non signé », ou déposez une facture Factur-X.",
    );
  }
  return prefillFromPdfText(bytes);
}
