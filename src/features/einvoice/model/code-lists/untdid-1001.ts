// UNTDID 1001 (document name codes), restricted by EN 16931 to invoices and credit notes (BT-3, BR-CL-01).
// Transcribed from the CEN/TC 434 code-list schematron (UBL InvoiceTypeCode / CreditNoteTypeCode lists).
import { codeSet } from "./code-set.ts";

/** Codes of commercial invoices and invoice-like documents (380 invoice, 384 corrected, 389 self-billed…). */
export const INVOICE_TYPE_CODES = codeSet(`
  71 80 81 82 84 102 130 202 203 204 211 218 219 295 325 326 331 380 382 383 384 385 386 387 388 389 390 393 394 395
  456 457 471 472 473 500 501 502 503 527 553 575 623 633 751 780 817 870 875 876 877 935
`);

/** Codes of credit notes (381 credit note, 261 self-billed credit note, 396 factored credit note…). */
export const CREDIT_NOTE_TYPE_CODES = codeSet(`81 83 261 262 296 308 381 396 420 458 532`);

/** Either kind: what the syntax-neutral model accepts (the CII binding checks this union). */
export const DOCUMENT_TYPE_CODES: ReadonlySet<string> = new Set([...INVOICE_TYPE_CODES, ...CREDIT_NOTE_TYPE_CODES]);
