// An XML invoice, whatever its syntax: parsed safely, then given to the UBL or CII reader by its root element
// and namespace. The readers' only exceptions are typed; anything else they might throw on a strange document
// is turned into MALFORMED_XML here, so that a deposit never fails with an unexplained error.
import { readCii } from "./cii/cii-reader.ts";
import { EInvoiceReadError, type ReadResult } from "./read-types.ts";
import type { XmlRoot } from "./safe-xml.ts";
import { readUbl } from "./ubl/ubl-reader.ts";

const UBL_NAMESPACES = [
  "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
];
const CII_NAMESPACES = [
  "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  "urn:ferd:CrossIndustryDocument:invoice:1p0", // ZUGFeRD 1.0: readCii refuses it with ZUGFERD_1
];

const isUbl = (root: XmlRoot) => root.name === "Invoice" || root.name === "CreditNote" || UBL_NAMESPACES.includes(root.namespace ?? "");
const isCii = (root: XmlRoot) =>
  root.name === "CrossIndustryInvoice" || root.name === "CrossIndustryDocument" || CII_NAMESPACES.includes(root.namespace ?? "");

function unexpected(root: XmlRoot, error: unknown): EInvoiceReadError {
  const wrapped = new EInvoiceReadError(
    "MALFORMED_XML",
    `Le fichier XML n'a pas pu être lu : sa structure est inattendue (élément racine « ${root.name} »).`,
  );
  wrapped.cause = error; // kept for the logs: the reader that failed and why
  return wrapped;
}

/** Runs a reader; its typed errors pass, anything else becomes MALFORMED_XML. */
export function readSafely(root: XmlRoot, reader: (root: XmlRoot) => ReadResult): ReadResult {
  try {
    return reader(root);
  } catch (error) {
    if (error instanceof EInvoiceReadError) throw error;
    throw unexpected(root, error);
  }
}

/** The invoice of a parsed XML document: UBL Invoice / CreditNote or CII CrossIndustryInvoice, else NOT_AN_INVOICE. */
export function readXmlInvoice(root: XmlRoot): ReadResult {
  if (isUbl(root)) return readSafely(root, readUbl);
  if (isCii(root)) return readSafely(root, readCii);
  throw new EInvoiceReadError(
    "NOT_AN_INVOICE",
    `Le fichier XML n'est pas une facture : l'élément racine est « ${root.name} »` +
      `${root.namespace ? ` (espace de noms ${root.namespace})` : " sans espace de noms"} ; ` +
      "une facture est un document UBL 2.1 (Invoice ou CreditNote) ou UN/CEFACT CII D16B (CrossIndustryInvoice).",
  );
}
