// Code lists of the document's own terms: type (BR-CL-01), currencies (BR-CL-04/05), VAT point date code
// (BR-CL-06), invoiced object scheme (BR-CL-07), note subjects (BR-CL-08), payment means (BR-CL-16) and the MIME
// codes of attachments (BR-CL-24).
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { CURRENCY_CODES } from "@/features/einvoice/model/code-lists/iso-4217.ts";
import { ATTACHMENT_MIME_CODES } from "@/features/einvoice/model/code-lists/mime-codes.ts";
import { DOCUMENT_TYPE_CODES } from "@/features/einvoice/model/code-lists/untdid-1001.ts";
import { OBJECT_ID_SCHEME_CODES } from "@/features/einvoice/model/code-lists/untdid-1153.ts";
import { VAT_POINT_DATE_CODES } from "@/features/einvoice/model/code-lists/untdid-2005.ts";
import { NOTE_SUBJECT_CODES } from "@/features/einvoice/model/code-lists/untdid-4451.ts";
import { PAYMENT_MEANS_CODES } from "@/features/einvoice/model/code-lists/untdid-4461.ts";
import type { Finding } from "../finding.ts";
import { codeFinding, itemsOf } from "./codes-support.ts";

const ISO_4217_NAME = "la liste ISO 4217 des codes de devise (alpha-3)";

/** BR-CL-01, 04, 05, 06, 07 (BT-18), 08, 16: one coded term each, checked when present. */
export function documentCodeFindings(invoice: ReadEInvoice): Finding[] {
  return [
    ...codeFinding({
      rule: "BR-CL-01",
      list: DOCUMENT_TYPE_CODES,
      value: invoice.typeCode,
      location: "BT-3",
      term: "Le code de type de document (BT-3)",
      listName: "la liste UNTDID 1001 des factures et avoirs",
    }),
    ...codeFinding({
      rule: "BR-CL-04",
      list: CURRENCY_CODES,
      value: invoice.currency,
      location: "BT-5",
      term: "Le code de la devise de la facture (BT-5)",
      listName: ISO_4217_NAME,
    }),
    ...codeFinding({
      rule: "BR-CL-05",
      list: CURRENCY_CODES,
      value: invoice.taxCurrency,
      location: "BT-6",
      term: "Le code de la devise de comptabilisation de la TVA (BT-6)",
      listName: ISO_4217_NAME,
    }),
    ...codeFinding({
      rule: "BR-CL-06",
      list: VAT_POINT_DATE_CODES,
      value: invoice.vatPointDateCode,
      location: "BT-8",
      term: "Le code de date d'exigibilité de la TVA (BT-8)",
      listName: "la liste UNTDID 2005 restreinte (3 date de facture, 35 date de livraison, 432 date de paiement)",
    }),
    ...codeFinding({
      rule: "BR-CL-07",
      list: OBJECT_ID_SCHEME_CODES,
      value: invoice.invoicedObjectId?.scheme,
      location: "BT-18-1",
      term: "Le code du schéma de l'identifiant d'objet facturé (BT-18-1)",
      listName: "la liste UNTDID 1153",
    }),
    ...itemsOf(invoice.noteDetails).flatMap((note, index) =>
      codeFinding({
        rule: "BR-CL-08",
        list: NOTE_SUBJECT_CODES,
        value: note?.subjectCode,
        location: `BG-1[${index + 1}]/BT-21`,
        term: `Le code du sujet de la note n° ${index + 1} (BT-21)`,
        listName: "la liste UNTDID 4451",
      }),
    ),
    ...codeFinding({
      rule: "BR-CL-16",
      list: PAYMENT_MEANS_CODES,
      value: invoice.payment?.meansCode,
      location: "BT-81",
      term: "Le code du moyen de paiement (BT-81)",
      listName: "la liste UNTDID 4461",
    }),
  ];
}

/** BR-CL-24: the MIME code of each embedded attachment, compared exactly as the schematron does (no trimming). */
export function attachmentCodeFindings(invoice: ReadEInvoice): Finding[] {
  return itemsOf(invoice.attachments).flatMap((attachment, index) =>
    codeFinding({
      rule: "BR-CL-24",
      list: ATTACHMENT_MIME_CODES,
      value: attachment?.content?.mimeCode,
      location: `BG-24[${index + 1}]/BT-125-1`,
      term: `Le type MIME de la pièce jointe n° ${index + 1} (BT-125-1)`,
      listName: "les types acceptés (application/pdf, image/png, image/jpeg, text/csv, tableurs xlsx et ods)",
      matches: (list, code) => list.has(code),
    }),
  );
}
