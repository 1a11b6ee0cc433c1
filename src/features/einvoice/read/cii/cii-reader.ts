// UN/CEFACT Cross Industry Invoice D16B (the XML of Factur-X / ZUGFeRD 2, every profile from MINIMUM to EXTENDED)
// → ReadEInvoice. Lenient: every EN 16931 business term the file carries is read, as its raw string; what is
// missing stays absent and the validator says what is wrong. Only a root that is not a CII invoice is refused.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { amountCurrencyFindings } from "../../validate/rules/codes-amount-currency.ts";
import { ciiLinePeriodFindings } from "../../validate/rules/cii-line-period.ts";
import { ciiLineTaxCodeFindings } from "../../validate/rules/cii-line-tax-codes.ts";
import { ciiPaymentMeansFindings } from "../../validate/rules/cii-payment-means.ts";
import { ciiMandatoryTotalsFindings } from "../../validate/rules/cii-summation.ts";
import { ciiSyntaxFindings } from "../../validate/rules/cii-syntax.ts";
import { ciiTaxCurrencyFindings } from "../../validate/rules/cii-tax-currency.ts";
import { ciiVatSchemeFindings } from "../../validate/rules/vat-scheme.ts";
import { EInvoiceReadError, type ReadResult } from "../read-types.ts";
import { at, child, children, textAt, type XmlNode, type XmlRoot } from "../safe-xml.ts";
import { compact, dateAt, joinedText, nonEmpty } from "./cii-values.ts";
import { readLine } from "./cii-lines.ts";
import { readDelivery, readParty, readTaxRepresentative } from "./cii-parties.ts";
import { readSettlement } from "./cii-settlement.ts";

export const CII_NAMESPACE = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
const ZUGFERD_1_NAMESPACE = "urn:ferd:CrossIndustryDocument:invoice:1p0";

/** UNTDID 1001 codes of AdditionalReferencedDocument: tender or lot (BT-17), invoiced object (BT-18). */
const TENDER_OR_LOT = "50";
const INVOICED_OBJECT = "130";

function checkRoot(root: XmlRoot) {
  if (root.name === "CrossIndustryDocument" || root.namespace === ZUGFERD_1_NAMESPACE) {
    throw new EInvoiceReadError(
      "ZUGFERD_1",
      "Le fichier est une facture ZUGFeRD 1.0 (CrossIndustryDocument), format qui n'est pas accepté : déposez une facture Factur-X / ZUGFeRD 2 ou UBL.",
    );
  }
  if (root.name !== "CrossIndustryInvoice" || root.namespace !== CII_NAMESPACE) {
    throw new EInvoiceReadError(
      "NOT_AN_INVOICE",
      `Le fichier XML n'est pas une facture CII : l'élément racine attendu est CrossIndustryInvoice dans l'espace de noms ${CII_NAMESPACE}, ` +
        `le fichier contient « ${root.name} »${root.namespace ? ` (espace de noms ${root.namespace})` : " sans espace de noms"}.`,
    );
  }
}

/** BG-24 attachments: every AdditionalReferencedDocument that is neither a tender/lot (50) nor an invoiced object (130). */
function attachments(documents: XmlNode[]): ReadEInvoice["attachments"] {
  const supporting = documents.filter((document) => {
    const typeCode = textAt(document, "TypeCode");
    return typeCode !== TENDER_OR_LOT && typeCode !== INVOICED_OBJECT;
  });
  return nonEmpty(
    supporting.map((document) => {
      const binary = child(document, "AttachmentBinaryObject");
      return (
        compact({
          id: textAt(document, "IssuerAssignedID"), // BT-122
          description: textAt(document, "Name"), // BT-123
          uri: textAt(document, "URIID"), // BT-124
          content:
            binary && binary.text !== ""
              ? compact({ base64: binary.text, mimeCode: binary.attrs.mimeCode || undefined, fileName: binary.attrs.filename || undefined })
              : undefined, // BT-125
        }) ?? {}
      );
    }),
  );
}

function readAgreement(agreement: XmlNode | undefined): Partial<ReadEInvoice> {
  const documents = children(agreement, "AdditionalReferencedDocument");
  const ofType = (typeCode: string) => documents.find((document) => textAt(document, "TypeCode") === typeCode);
  const invoicedObject = ofType(INVOICED_OBJECT);
  const invoicedObjectId = textAt(invoicedObject, "IssuerAssignedID");
  return {
    buyerReference: textAt(agreement, "BuyerReference"), // BT-10
    seller: readParty(child(agreement, "SellerTradeParty"), true),
    buyer: readParty(child(agreement, "BuyerTradeParty")),
    taxRepresentative: readTaxRepresentative(child(agreement, "SellerTaxRepresentativeTradeParty")),
    salesOrderReference: textAt(agreement, "SellerOrderReferencedDocument/IssuerAssignedID"), // BT-14
    purchaseOrderReference: textAt(agreement, "BuyerOrderReferencedDocument/IssuerAssignedID"), // BT-13
    contractReference: textAt(agreement, "ContractReferencedDocument/IssuerAssignedID"), // BT-12
    projectReference: textAt(agreement, "SpecifiedProcuringProject/ID"), // BT-11
    tenderOrLotReference: textAt(ofType(TENDER_OR_LOT), "IssuerAssignedID"), // BT-17
    invoicedObjectId: invoicedObjectId === undefined ? undefined : compact({ id: invoicedObjectId, scheme: textAt(invoicedObject, "ReferenceTypeCode") }), // BT-18
    attachments: attachments(documents),
  };
}

function readHeader(root: XmlRoot): Partial<ReadEInvoice> {
  const context = child(root, "ExchangedDocumentContext");
  const document = child(root, "ExchangedDocument");
  const notes = children(document, "IncludedNote").flatMap((note) => {
    const detail = compact({ subjectCode: textAt(note, "SubjectCode"), text: textAt(note, "Content") }); // BT-21, BT-22
    return detail ? [detail] : [];
  });
  return {
    number: textAt(document, "ID"), // BT-1
    issueDate: dateAt(document, "IssueDateTime/DateTimeString"), // BT-2
    typeCode: textAt(document, "TypeCode"), // BT-3
    specificationId: joinedText(children(context, "GuidelineSpecifiedDocumentContextParameter"), "ID"), // BT-24
    businessProcess: joinedText(children(context, "BusinessProcessSpecifiedDocumentContextParameter"), "ID"), // BT-23
    notes: nonEmpty(notes.flatMap((note) => (note.text === undefined ? [] : [note.text]))),
    noteDetails: nonEmpty(notes),
  };
}

/**
 * BR-CL-03 as the CII artefact checks it: the currencyID of every TaxTotalAmount that has one (the only CII amounts
 * carrying a currency; one without the attribute is not checked).
 */
function taxTotalCurrencies(root: XmlRoot) {
  const summation = at(root, "SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/SpecifiedTradeSettlementHeaderMonetarySummation");
  return children(summation, "TaxTotalAmount")
    .filter((amount) => amount.attrs.currencyID !== undefined)
    .map((amount, index) => ({ currencyId: amount.attrs.currencyID, location: `BG-22/TaxTotalAmount[${index + 1}]` }));
}

/** Reads a parsed CII document; throws EInvoiceReadError only when the root is not a CII D16B invoice. */
export function readCii(root: XmlRoot): ReadResult {
  checkRoot(root);
  const transaction = child(root, "SupplyChainTradeTransaction");
  const delivery = child(transaction, "ApplicableHeaderTradeDelivery");
  const invoice: ReadEInvoice =
    compact({
      ...readHeader(root),
      ...readAgreement(child(transaction, "ApplicableHeaderTradeAgreement")),
      delivery: readDelivery(delivery),
      receivingAdviceReference: textAt(delivery, "ReceivingAdviceReferencedDocument/IssuerAssignedID"), // BT-15
      despatchAdviceReference: textAt(delivery, "DespatchAdviceReferencedDocument/IssuerAssignedID"), // BT-16
      ...readSettlement(child(transaction, "ApplicableHeaderTradeSettlement")),
      lines: nonEmpty(children(transaction, "IncludedSupplyChainTradeLineItem").map(readLine)),
    }) ?? {};
  return { syntax: "CII", root: "CrossIndustryInvoice", invoice, syntaxFindings: [
      ...ciiSyntaxFindings(root),
      ...ciiVatSchemeFindings(root),
      ...ciiTaxCurrencyFindings(root),
      ...ciiMandatoryTotalsFindings(root),
      ...ciiPaymentMeansFindings(root),
      ...ciiLineTaxCodeFindings(root),
      ...ciiLinePeriodFindings(root),
      ...amountCurrencyFindings(taxTotalCurrencies(root)),
    ],
  };
}
