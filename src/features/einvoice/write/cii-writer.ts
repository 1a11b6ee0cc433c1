// EInvoice → UN/CEFACT Cross Industry Invoice D16B, Factur-X / ZUGFeRD profile EN 16931.
// Element names and their order follow the CII schema (and the CEN examples in shared/fixtures/en16931/cii):
// a reader or a schema validator rejects elements out of sequence, so each builder lists children in schema order.
import type { EAllowanceCharge, EAttachment, EInvoice, ELine, EParty, EPostalAddress, EVatBreakdown } from "../model/einvoice.ts";
import { leaf, node, required } from "./xml-builder.ts";

export const CII_EN16931_GUIDELINE = "urn:cen.eu:en16931:2017";

const NAMESPACES = {
  "xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  "xmlns:ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  "xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
  "xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
};

/** BT-8 is coded with UNTDID 2005 in the model (as UBL does) and with UNTDID 2475 in CII. */
const VAT_POINT_DATE_CODE_2475: Record<NonNullable<EInvoice["vatPointDateCode"]>, string> = { "3": "5", "35": "29", "432": "72" };

/** Attachments are "invoicing supporting documents" (UNTDID 1001 code 916). */
const SUPPORTING_DOCUMENT_TYPE = "916";

/** "2025-03-14" → "20250314" (format 102). */
const date102 = (isoDate: string) => isoDate.replaceAll("-", "");
const udtDate = (name: string, isoDate: string | undefined) =>
  isoDate ? node(name, [leaf("udt:DateTimeString", date102(isoDate), { format: "102" })]) : "";

function address(value: EPostalAddress): string {
  return node("ram:PostalTradeAddress", [
    leaf("ram:PostcodeCode", value.postCode),
    leaf("ram:LineOne", value.line1),
    leaf("ram:LineTwo", value.line2),
    leaf("ram:LineThree", value.line3),
    leaf("ram:CityName", value.city),
    leaf("ram:CountryID", value.countryCode),
  ]);
}

/** TradeParty: BT-29 without a scheme as ram:ID, with one as ram:GlobalID; the payee (BG-10) has no address. */
function party(name: string, value: EParty, withAddress = true): string {
  const ids = value.ids ?? [];
  return node(name, [
    ...ids.filter((id) => !id.scheme).map((id) => leaf("ram:ID", id.id)),
    ...ids.filter((id) => id.scheme).map((id) => leaf("ram:GlobalID", id.id, { schemeID: id.scheme })),
    leaf("ram:Name", value.name),
    node("ram:SpecifiedLegalOrganization", [
      value.legalId && leaf("ram:ID", value.legalId.id, { schemeID: value.legalId.scheme }),
      leaf("ram:TradingBusinessName", value.tradingName),
    ]),
    withAddress &&
      value.contact &&
      node("ram:DefinedTradeContact", [
        leaf("ram:PersonName", value.contact.name),
        node("ram:TelephoneUniversalCommunication", [leaf("ram:CompleteNumber", value.contact.phone)]),
        node("ram:EmailURIUniversalCommunication", [leaf("ram:URIID", value.contact.email)]),
      ]),
    withAddress && address(value.address),
    withAddress &&
      value.electronicAddress &&
      node("ram:URIUniversalCommunication", [leaf("ram:URIID", value.electronicAddress.id, { schemeID: value.electronicAddress.scheme })]),
    withAddress && node("ram:SpecifiedTaxRegistration", [leaf("ram:ID", value.vatId, { schemeID: "VA" })]),
    withAddress && node("ram:SpecifiedTaxRegistration", [leaf("ram:ID", value.taxRegistrationId, { schemeID: "FC" })]),
  ]);
}

function allowanceCharge(value: EAllowanceCharge, documentLevel: boolean): string {
  return node("ram:SpecifiedTradeAllowanceCharge", [
    node("ram:ChargeIndicator", [leaf("udt:Indicator", String(value.charge))]),
    leaf("ram:CalculationPercent", value.percentage),
    leaf("ram:BasisAmount", value.baseAmount),
    leaf("ram:ActualAmount", value.amount),
    leaf("ram:ReasonCode", value.reasonCode),
    leaf("ram:Reason", value.reason),
    documentLevel &&
      node("ram:CategoryTradeTax", [
        leaf("ram:TypeCode", "VAT"),
        leaf("ram:CategoryCode", value.vatCategory),
        leaf("ram:RateApplicablePercent", value.vatRate),
      ]),
  ]);
}

function line(value: ELine): string {
  return node("ram:IncludedSupplyChainTradeLineItem", [
    node("ram:AssociatedDocumentLineDocument", [
      leaf("ram:LineID", value.id),
      node("ram:IncludedNote", [leaf("ram:Content", value.note)]),
    ]),
    node("ram:SpecifiedTradeProduct", [
      leaf("ram:SellerAssignedID", value.sellerItemId),
      leaf("ram:Name", value.name),
      leaf("ram:Description", value.description),
    ]),
    node("ram:SpecifiedLineTradeAgreement", [
      node("ram:BuyerOrderReferencedDocument", [leaf("ram:LineID", value.orderLineReference)]),
      node("ram:GrossPriceProductTradePrice", [
        leaf("ram:ChargeAmount", value.grossPrice),
        value.grossPrice && leaf("ram:BasisQuantity", value.priceBaseQuantity, { unitCode: value.unitCode }),
      ]),
      node("ram:NetPriceProductTradePrice", [
        leaf("ram:ChargeAmount", value.netPrice),
        leaf("ram:BasisQuantity", value.priceBaseQuantity, { unitCode: value.unitCode }),
      ]),
    ]),
    node("ram:SpecifiedLineTradeDelivery", [leaf("ram:BilledQuantity", value.quantity, { unitCode: value.unitCode })]),
    node("ram:SpecifiedLineTradeSettlement", [
      node("ram:ApplicableTradeTax", [
        leaf("ram:TypeCode", "VAT"),
        leaf("ram:CategoryCode", value.vatCategory),
        leaf("ram:RateApplicablePercent", value.vatRate),
      ]),
      ...(value.allowances ?? []).map((allowance) => allowanceCharge(allowance, false)),
      node("ram:SpecifiedTradeSettlementLineMonetarySummation", [leaf("ram:LineTotalAmount", value.lineNet)]),
    ]),
  ]);
}

function attachment(value: EAttachment): string {
  return node("ram:AdditionalReferencedDocument", [
    leaf("ram:IssuerAssignedID", value.id),
    leaf("ram:URIID", value.uri),
    leaf("ram:TypeCode", SUPPORTING_DOCUMENT_TYPE),
    leaf("ram:Name", value.description),
    value.content &&
      leaf("ram:AttachmentBinaryObject", value.content.base64, { mimeCode: value.content.mimeCode, filename: value.content.fileName }),
  ]);
}

function vatBreakdown(value: EVatBreakdown, vatPointDateCode: EInvoice["vatPointDateCode"]): string {
  return node("ram:ApplicableTradeTax", [
    leaf("ram:CalculatedAmount", value.taxAmount),
    leaf("ram:TypeCode", "VAT"),
    leaf("ram:ExemptionReason", value.exemptionReason),
    leaf("ram:BasisAmount", value.taxableAmount),
    leaf("ram:CategoryCode", value.category),
    leaf("ram:ExemptionReasonCode", value.exemptionReasonCode),
    vatPointDateCode && leaf("ram:DueDateTypeCode", VAT_POINT_DATE_CODE_2475[vatPointDateCode]),
    leaf("ram:RateApplicablePercent", value.rate),
  ]);
}

function agreement(invoice: EInvoice): string {
  return required("ram:ApplicableHeaderTradeAgreement", [
    leaf("ram:BuyerReference", invoice.buyerReference),
    party("ram:SellerTradeParty", invoice.seller),
    party("ram:BuyerTradeParty", invoice.buyer),
    node("ram:BuyerOrderReferencedDocument", [leaf("ram:IssuerAssignedID", invoice.purchaseOrderReference)]),
    node("ram:ContractReferencedDocument", [leaf("ram:IssuerAssignedID", invoice.contractReference)]),
    ...(invoice.attachments ?? []).map(attachment),
    invoice.projectReference &&
      node("ram:SpecifiedProcuringProject", [leaf("ram:ID", invoice.projectReference), leaf("ram:Name", "Project reference")]),
  ]);
}

function paymentMeans(invoice: EInvoice): string[] {
  const payment = invoice.payment;
  if (!payment) return [];
  const accounts = payment.accounts?.length ? payment.accounts : [undefined];
  // CII holds one creditor account per payment means: several accounts repeat the means (as the CEN examples do).
  return accounts.map((account) =>
    node("ram:SpecifiedTradeSettlementPaymentMeans", [
      leaf("ram:TypeCode", payment.meansCode),
      leaf("ram:Information", payment.meansText),
      account &&
        node("ram:PayeePartyCreditorFinancialAccount", [leaf("ram:IBANID", account.iban), leaf("ram:AccountName", account.name)]),
      account && node("ram:PayeeSpecifiedCreditorFinancialInstitution", [leaf("ram:BICID", account.bic)]),
    ]),
  );
}

function settlement(invoice: EInvoice): string {
  const totals = invoice.totals;
  return required("ram:ApplicableHeaderTradeSettlement", [
    leaf("ram:InvoiceCurrencyCode", invoice.currency),
    invoice.payee && party("ram:PayeeTradeParty", invoice.payee, false),
    ...paymentMeans(invoice),
    ...invoice.vatBreakdown.map((row) => vatBreakdown(row, invoice.vatPointDateCode)),
    ...(invoice.allowancesCharges ?? []).map((value) => allowanceCharge(value, true)),
    node("ram:SpecifiedTradePaymentTerms", [leaf("ram:Description", invoice.payment?.terms), udtDate("ram:DueDateDateTime", invoice.dueDate)]),
    node("ram:SpecifiedTradeSettlementHeaderMonetarySummation", [
      leaf("ram:LineTotalAmount", totals.lineNetTotal),
      leaf("ram:ChargeTotalAmount", totals.chargeTotal),
      leaf("ram:AllowanceTotalAmount", totals.allowanceTotal),
      leaf("ram:TaxBasisTotalAmount", totals.taxExclusive),
      leaf("ram:TaxTotalAmount", totals.taxTotal, { currencyID: invoice.currency }),
      leaf("ram:RoundingAmount", totals.rounding),
      leaf("ram:GrandTotalAmount", totals.taxInclusive),
      leaf("ram:TotalPrepaidAmount", totals.prepaid),
      leaf("ram:DuePayableAmount", totals.amountDue),
    ]),
    ...(invoice.precedingInvoices ?? []).map((preceding) =>
      node("ram:InvoiceReferencedDocument", [
        leaf("ram:IssuerAssignedID", preceding.number),
        preceding.issueDate &&
          node("ram:FormattedIssueDateTime", [leaf("qdt:DateTimeString", date102(preceding.issueDate), { format: "102" })]),
      ]),
    ),
  ]);
}

export function writeCii(invoice: EInvoice): string {
  const document = node(
    "rsm:CrossIndustryInvoice",
    [
      node("rsm:ExchangedDocumentContext", [
        // BT-23 (before BT-24 in the schema's sequence): Chorus Pro reads its cadre de facturation (A1, A2…) here.
        node("ram:BusinessProcessSpecifiedDocumentContextParameter", [leaf("ram:ID", invoice.businessProcess)]),
        node("ram:GuidelineSpecifiedDocumentContextParameter", [leaf("ram:ID", CII_EN16931_GUIDELINE)]),
      ]),
      node("rsm:ExchangedDocument", [
        leaf("ram:ID", invoice.number),
        leaf("ram:TypeCode", invoice.typeCode),
        udtDate("ram:IssueDateTime", invoice.issueDate),
        ...(invoice.notes ?? []).map((note) => node("ram:IncludedNote", [leaf("ram:Content", note)])),
      ]),
      node("rsm:SupplyChainTradeTransaction", [
        ...invoice.lines.map(line),
        agreement(invoice),
        required("ram:ApplicableHeaderTradeDelivery", []),
        settlement(invoice),
      ]),
    ],
    NAMESPACES,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${document}\n`;
}
