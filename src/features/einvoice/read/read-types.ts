// What the readers of deposited files give: the invoice as far as it could be read, the syntax it came in, and
// the findings the syntax itself raises (UBL-SR-…, UBL-DT-…). A file that cannot be read at all is an
// EInvoiceReadError: typed, with a precise French message, never another exception.
import type { ReadEInvoice } from "../model/einvoice.ts";
import type { Finding } from "../validate/finding.ts";

export type InvoiceSyntax = "UBL" | "CII" | "PDF_TEXT";

export type ReadResult = {
  syntax: InvoiceSyntax;
  /** UBL: "Invoice" | "CreditNote"; CII: "CrossIndustryInvoice"; PDF_TEXT: "PDF". */
  root: string;
  invoice: ReadEInvoice;
  /** Findings of the syntax (e.g. UBL-SR-12), merged with the business rules by the validator. */
  syntaxFindings: Finding[];
  /**
   * PDF_TEXT only: the paths of the fields read from the PDF's text ("number", "issueDate", "seller.legalId.id",
   * "totals.taxExclusive", "totals.taxTotal", "totals.taxInclusive"): guesses the user must check ("à vérifier").
   */
  guessedFields?: string[];
  /** XML_MIXTE: the embedded XML file's name (factur-x.xml, zugferd-invoice.xml…). */
  embeddedFileName?: string;
};

export type ReadErrorCode =
  | "EMPTY_FILE"
  | "TOO_LARGE"
  | "UNKNOWN_TYPE" // neither PDF nor XML nor ZIP, from the content
  | "CORRUPT_PDF"
  | "PDF_BOMB" // a stream inflates past its budget (see pdf-stream-guard.ts)
  | "NO_EMBEDDED_XML" // a PDF declared XML mixte without Factur-X data
  | "ZUGFERD_1" // a ZUGFeRD 1.0 PDF: recognised, not accepted
  | "MALFORMED_XML"
  | "FORBIDDEN_XML" // DOCTYPE / entities / too deep / too many nodes
  | "NOT_AN_INVOICE" // XML whose root is not UBL Invoice/CreditNote nor CII CrossIndustryInvoice
  | "FORMAT_MISMATCH" // the content does not match the "Format de dépôt" chosen
  | "ZIP_INVALID"
  | "ZIP_BOMB"
  | "ZIP_TOO_MANY_FILES";

export class EInvoiceReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "EInvoiceReadError";
  }
}
