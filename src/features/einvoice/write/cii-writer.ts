// EInvoice → UN/CEFACT Cross Industry Invoice D16B (Factur-X / ZUGFeRD, profile EN 16931): every business term the
// model holds is written, so that a deposited invoice is passed on as it came (read it again: the same model).
// Element names and their order follow the CII schema (and the CEN examples in shared/fixtures/en16931/cii):
// a reader or a schema validator rejects elements out of sequence, so each builder lists children in schema order.
import type { EAttachment, EInvoice } from "../model/einvoice.ts";
import { leaf, node, required } from "./xml-builder.ts";
import { dateTime } from "./cii/cii-values.ts";
import { line } from "./cii/cii-lines.ts";
import { headerDelivery, taxRepresentativeParty, tradeParty } from "./cii/cii-parties.ts";
import { headerSettlement } from "./cii/cii-settlement.ts";

/** BT-24 of the portal's own Factur-X (profile EN 16931); an invoice that says another keeps its own. */
export const CII_EN16931_GUIDELINE = "urn:cen.eu:en16931:2017";

const NAMESPACES = {
  "xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  "xmlns:ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  "xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
  "xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
};

/** UNTDID 1001 codes of AdditionalReferencedDocument: supporting document (BG-24), tender or lot (BT-17), invoiced object (BT-18). */
const SUPPORTING_DOCUMENT = "916";
const TENDER_OR_LOT = "50";
const INVOICED_OBJECT = "130";

function attachment(value: EAttachment): string {
  return node("ram:AdditionalReferencedDocument", [
    leaf("ram:IssuerAssignedID", value.id),
    leaf("ram:URIID", value.uri),
    leaf("ram:TypeCode", SUPPORTING_DOCUMENT),
    leaf("ram:Name", value.description),
    value.content &&
      leaf("ram:AttachmentBinaryObject", value.content.base64, { mimeCode: value.content.mimeCode, filename: value.content.fileName }),
  ]);
}

function agreement(invoice: EInvoice): string {
  return required("ram:ApplicableHeaderTradeAgreement", [
    leaf("ram:BuyerReference", invoice.buyerReference), // BT-10
    invoice.seller && tradeParty("ram:SellerTradeParty", invoice.seller),
    invoice.buyer && tradeParty("ram:BuyerTradeParty", invoice.buyer),
    taxRepresentativeParty(invoice.taxRepresentative),
    node("ram:SellerOrderReferencedDocument", [leaf("ram:IssuerAssignedID", invoice.salesOrderReference)]), // BT-14
    node("ram:BuyerOrderReferencedDocument", [leaf("ram:IssuerAssignedID", invoice.purchaseOrderReference)]), // BT-13
    node("ram:ContractReferencedDocument", [leaf("ram:IssuerAssignedID", invoice.contractReference)]), // BT-12
    ...(invoice.attachments ?? []).map(attachment),
    node("ram:AdditionalReferencedDocument", [leaf("ram:IssuerAssignedID", invoice.tenderOrLotReference), invoice.tenderOrLotReference && leaf("ram:TypeCode", TENDER_OR_LOT)]),
    invoice.invoicedObjectId &&
      node("ram:AdditionalReferencedDocument", [
        leaf("ram:IssuerAssignedID", invoice.invoicedObjectId.id),
        leaf("ram:TypeCode", INVOICED_OBJECT),
        leaf("ram:ReferenceTypeCode", invoice.invoicedObjectId.scheme),
      ]),
    invoice.projectReference &&
      node("ram:SpecifiedProcuringProject", [leaf("ram:ID", invoice.projectReference), leaf("ram:Name", "Project reference")]),
  ]);
}

/** BG-1: the notes with their subject codes (BT-21) when the model has them, else the texts alone (BT-22). */
function notes(invoice: EInvoice): string[] {
  const details = invoice.noteDetails ?? (invoice.notes ?? []).map((text) => ({ text, subjectCode: undefined }));
  return details.map((note) => node("ram:IncludedNote", [leaf("ram:Content", note.text), leaf("ram:SubjectCode", note.subjectCode)]));
}

export function writeCii(invoice: EInvoice): string {
  const document = node(
    "rsm:CrossIndustryInvoice",
    [
      node("rsm:ExchangedDocumentContext", [
        // BT-23 (before BT-24 in the schema's sequence): Chorus Pro reads its cadre de facturation (A1, A2…) here.
        node("ram:BusinessProcessSpecifiedDocumentContextParameter", [leaf("ram:ID", invoice.businessProcess)]),
        node("ram:GuidelineSpecifiedDocumentContextParameter", [leaf("ram:ID", invoice.specificationId ?? CII_EN16931_GUIDELINE)]),
      ]),
      node("rsm:ExchangedDocument", [
        leaf("ram:ID", invoice.number),
        leaf("ram:TypeCode", invoice.typeCode),
        dateTime("ram:IssueDateTime", invoice.issueDate),
        ...notes(invoice),
      ]),
      node("rsm:SupplyChainTradeTransaction", [
        ...(invoice.lines ?? []).map(line),
        agreement(invoice),
        required("ram:ApplicableHeaderTradeDelivery", headerDelivery(invoice)),
        headerSettlement(invoice),
      ]),
    ],
    NAMESPACES,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${document}\n`;
}
