// EInvoice → OASIS UBL 2.1 Invoice or CreditNote, bound to EN 16931 as the CEN's UBL syntax binding says
// (EN16931-UBL-validation), for the public structures whose software reads UBL. Every business term of the model is
// written where the UBL reader (read/ubl/) reads it, so that reading back gives the same model.
// Element names and their order follow the UBL 2.1 schemas: each builder lists its children in schema order.
import Decimal from "decimal.js";
import type { EAllowanceCharge, EAttachment, EIdentifier, EInvoice, ELine, EParty, EPostalAddress, EVatBreakdown } from "../model/einvoice.ts";
import { leaf, node, required } from "./xml-builder.ts";

export const UBL_EN16931_CUSTOMIZATION = "urn:cen.eu:en16931:2017";

const COMMON_NAMESPACES = {
  "xmlns:cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "xmlns:cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
};
const ROOT_NAMESPACE = {
  Invoice: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  CreditNote: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
} as const;

/** UNTDID 1001 codes of credit notes: written as a UBL CreditNote (the others as an Invoice). */
const CREDIT_NOTE_CODES = new Set(["81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"]);

/** UNTDID 1001 codes of the AdditionalDocumentReference carrying BT-18 (invoiced object) and, in a credit note, BT-11 (project). */
const INVOICED_OBJECT = "130";
const PROJECT = "50";

/** BT-32's tax scheme: any scheme other than VAT (the reader takes the first one that is not VAT). */
const TAX_REGISTRATION_SCHEME = "TAX";

/** CardAccount/NetworkID is required by the UBL schema but is no EN 16931 term: an explicit "not applicable". */
const CARD_NETWORK_NOT_GIVEN = "NA";

type Kind = keyof typeof ROOT_NAMESPACE;

export const ublKindOf = (invoice: Pick<EInvoice, "typeCode">): Kind => (CREDIT_NOTE_CODES.has(invoice.typeCode) ? "CreditNote" : "Invoice");

const identifier = (name: string, value: EIdentifier | undefined) => value && leaf(name, value.id, { schemeID: value.scheme });
const vatScheme = () => node("cac:TaxScheme", [leaf("cbc:ID", "VAT")]);

function address(name: string, value: EPostalAddress | undefined): string {
  if (!value) return "";
  return node(name, [
    leaf("cbc:StreetName", value.line1),
    leaf("cbc:AdditionalStreetName", value.line2),
    leaf("cbc:CityName", value.city),
    leaf("cbc:PostalZone", value.postCode),
    leaf("cbc:CountrySubentity", value.subdivision),
    node("cac:AddressLine", [leaf("cbc:Line", value.line3)]),
    node("cac:Country", [leaf("cbc:IdentificationCode", value.countryCode)]),
  ]);
}

const partyTaxScheme = (companyId: string | undefined, scheme: string) =>
  companyId ? node("cac:PartyTaxScheme", [leaf("cbc:CompanyID", companyId), node("cac:TaxScheme", [leaf("cbc:ID", scheme)])]) : "";

/** Seller (BG-4) or buyer (BG-7), the cac:Party of AccountingSupplierParty / AccountingCustomerParty. */
function tradeParty(value: EParty, sepaCreditorId: string | undefined): string {
  return node("cac:Party", [
    identifier("cbc:EndpointID", value.electronicAddress),
    ...(value.ids ?? []).map((id) => node("cac:PartyIdentification", [identifier("cbc:ID", id)])),
    sepaCreditorId && node("cac:PartyIdentification", [leaf("cbc:ID", sepaCreditorId, { schemeID: "SEPA" })]),
    node("cac:PartyName", [leaf("cbc:Name", value.tradingName)]),
    address("cac:PostalAddress", value.address),
    partyTaxScheme(value.vatId, "VAT"),
    partyTaxScheme(value.taxRegistrationId, TAX_REGISTRATION_SCHEME),
    node("cac:PartyLegalEntity", [
      leaf("cbc:RegistrationName", value.name),
      identifier("cbc:CompanyID", value.legalId),
      leaf("cbc:CompanyLegalForm", value.additionalLegalInfo),
    ]),
    value.contact &&
      node("cac:Contact", [leaf("cbc:Name", value.contact.name), leaf("cbc:Telephone", value.contact.phone), leaf("cbc:ElectronicMail", value.contact.email)]),
  ]);
}

/** Payee (BG-10): BT-59 name, BT-60 identifiers, BT-61 legal registration identifier; BT-90 rides here when there is a payee. */
function payeeParty(value: EParty | undefined, sepaCreditorId: string | undefined): string {
  if (!value) return "";
  return node("cac:PayeeParty", [
    ...(value.ids ?? []).map((id) => node("cac:PartyIdentification", [identifier("cbc:ID", id)])),
    sepaCreditorId && node("cac:PartyIdentification", [leaf("cbc:ID", sepaCreditorId, { schemeID: "SEPA" })]),
    node("cac:PartyName", [leaf("cbc:Name", value.name)]),
    node("cac:PartyLegalEntity", [identifier("cbc:CompanyID", value.legalId)]),
  ]);
}

/** Seller tax representative (BG-11): BT-62, BG-12, BT-63. */
function taxRepresentative(value: EInvoice["taxRepresentative"]): string {
  if (!value) return "";
  return node("cac:TaxRepresentativeParty", [
    node("cac:PartyName", [leaf("cbc:Name", value.name)]),
    address("cac:PostalAddress", value.address),
    partyTaxScheme(value.vatId, "VAT"),
  ]);
}

/** Delivery information (BG-13): BT-72, BT-71 with BG-15, BT-70. */
function delivery(value: EInvoice["delivery"]): string {
  if (!value) return "";
  return node("cac:Delivery", [
    leaf("cbc:ActualDeliveryDate", value.date),
    node("cac:DeliveryLocation", [identifier("cbc:ID", value.locationId), address("cac:Address", value.address)]),
    node("cac:DeliveryParty", [node("cac:PartyName", [leaf("cbc:Name", value.name)])]),
  ]);
}

function period(value: { start?: string; end?: string } | undefined, descriptionCode?: string): string {
  return node("cac:InvoicePeriod", [leaf("cbc:StartDate", value?.start), leaf("cbc:EndDate", value?.end), leaf("cbc:DescriptionCode", descriptionCode)]);
}

function allowanceCharge(value: EAllowanceCharge, currency: string, documentLevel: boolean): string {
  return node("cac:AllowanceCharge", [
    leaf("cbc:ChargeIndicator", String(value.charge)),
    leaf("cbc:AllowanceChargeReasonCode", value.reasonCode),
    leaf("cbc:AllowanceChargeReason", value.reason),
    leaf("cbc:MultiplierFactorNumeric", value.percentage),
    leaf("cbc:Amount", value.amount, { currencyID: currency }),
    leaf("cbc:BaseAmount", value.baseAmount, { currencyID: currency }),
    documentLevel &&
      value.vatCategory &&
      node("cac:TaxCategory", [leaf("cbc:ID", value.vatCategory), leaf("cbc:Percent", value.vatRate), vatScheme()]),
  ]);
}

function item(value: ELine): string {
  return node("cac:Item", [
    leaf("cbc:Description", value.description),
    leaf("cbc:Name", value.name),
    node("cac:BuyersItemIdentification", [leaf("cbc:ID", value.buyerItemId)]),
    node("cac:SellersItemIdentification", [leaf("cbc:ID", value.sellerItemId)]),
    node("cac:StandardItemIdentification", [identifier("cbc:ID", value.standardId)]),
    node("cac:OriginCountry", [leaf("cbc:IdentificationCode", value.originCountry)]),
    ...(value.classifications ?? []).map((classification) =>
      node("cac:CommodityClassification", [
        leaf("cbc:ItemClassificationCode", classification.id, { listID: classification.listId, listVersionID: classification.listVersion }),
      ]),
    ),
    node("cac:ClassifiedTaxCategory", [leaf("cbc:ID", value.vatCategory), leaf("cbc:Percent", value.vatRate), vatScheme()]),
    ...(value.attributes ?? []).map((attribute) => node("cac:AdditionalItemProperty", [leaf("cbc:Name", attribute.name), leaf("cbc:Value", attribute.value)])),
  ]);
}

/**
 * Price (BT-146..150). UBL requires the discount's Amount beside the gross price: when the model has a gross price
 * without its discount (BT-147), the discount is the gross minus the net price, as EN 16931 defines the net price.
 */
function price(value: ELine, currency: string): string {
  const discount = value.priceDiscount ?? (value.grossPrice !== undefined ? new Decimal(value.grossPrice).minus(value.netPrice).toFixed() : undefined);
  return node("cac:Price", [
    leaf("cbc:PriceAmount", value.netPrice, { currencyID: currency }),
    leaf("cbc:BaseQuantity", value.priceBaseQuantity, { unitCode: value.priceBaseQuantityUnit }),
    discount !== undefined &&
      node("cac:AllowanceCharge", [
        leaf("cbc:ChargeIndicator", "false"),
        leaf("cbc:Amount", discount, { currencyID: currency }),
        leaf("cbc:BaseAmount", value.grossPrice, { currencyID: currency }),
      ]),
  ]);
}

function line(value: ELine, currency: string, kind: Kind): string {
  return node(kind === "Invoice" ? "cac:InvoiceLine" : "cac:CreditNoteLine", [
    leaf("cbc:ID", value.id),
    leaf("cbc:Note", value.note),
    leaf(kind === "Invoice" ? "cbc:InvoicedQuantity" : "cbc:CreditedQuantity", value.quantity, { unitCode: value.unitCode }),
    leaf("cbc:LineExtensionAmount", value.lineNet, { currencyID: currency }),
    leaf("cbc:AccountingCost", value.buyerAccountingReference),
    value.period && period(value.period),
    node("cac:OrderLineReference", [leaf("cbc:LineID", value.orderLineReference)]),
    value.objectId && node("cac:DocumentReference", [identifier("cbc:ID", value.objectId), leaf("cbc:DocumentTypeCode", INVOICED_OBJECT)]),
    ...(value.allowances ?? []).map((allowance) => allowanceCharge(allowance, currency, false)),
    item(value),
    price(value, currency),
  ]);
}

/** An AdditionalDocumentReference: a supporting document (BG-24), or BT-18 / BT-11 with their type code. */
function attachment(value: EAttachment): string {
  return node("cac:AdditionalDocumentReference", [
    leaf("cbc:ID", value.id),
    leaf("cbc:DocumentDescription", value.description),
    node("cac:Attachment", [
      value.content &&
        leaf("cbc:EmbeddedDocumentBinaryObject", value.content.base64, { mimeCode: value.content.mimeCode, filename: value.content.fileName }),
      node("cac:ExternalReference", [leaf("cbc:URI", value.uri)]),
    ]),
  ]);
}

function additionalDocuments(invoice: EInvoice, kind: Kind): string[] {
  return [
    invoice.invoicedObjectId &&
      node("cac:AdditionalDocumentReference", [identifier("cbc:ID", invoice.invoicedObjectId), leaf("cbc:DocumentTypeCode", INVOICED_OBJECT)]),
    kind === "CreditNote" &&
      invoice.projectReference &&
      node("cac:AdditionalDocumentReference", [leaf("cbc:ID", invoice.projectReference), leaf("cbc:DocumentTypeCode", PROJECT)]),
    ...(invoice.attachments ?? []).map(attachment),
  ].filter((value): value is string => Boolean(value));
}

/**
 * Payment instructions (BG-16). UBL holds one payee account per PaymentMeans: several accounts repeat the means,
 * its text (BT-82), card (BG-18), mandate (BG-19) and remittance (BT-83) on the first only (UBL-SR-44, -46).
 * A credit note's due date (BT-9) is the PaymentMeans' PaymentDueDate (a UBL CreditNote has no DueDate).
 */
function paymentMeans(invoice: EInvoice, kind: Kind): string[] {
  const payment = invoice.payment;
  if (!payment) return [];
  const accounts = payment.accounts?.length ? payment.accounts : [undefined];
  return accounts.map((account, index) => {
    const first = index === 0;
    return node("cac:PaymentMeans", [
      leaf("cbc:PaymentMeansCode", payment.meansCode, { name: first ? payment.meansText : undefined }),
      kind === "CreditNote" && first && leaf("cbc:PaymentDueDate", invoice.dueDate),
      first && leaf("cbc:PaymentID", payment.remittanceInformation),
      first &&
        payment.card &&
        node("cac:CardAccount", [
          leaf("cbc:PrimaryAccountNumberID", payment.card.pan),
          leaf("cbc:NetworkID", CARD_NETWORK_NOT_GIVEN),
          leaf("cbc:HolderName", payment.card.holder),
        ]),
      account &&
        node("cac:PayeeFinancialAccount", [
          leaf("cbc:ID", account.iban),
          leaf("cbc:Name", account.name),
          node("cac:FinancialInstitutionBranch", [leaf("cbc:ID", account.bic)]),
        ]),
      first &&
        payment.directDebit &&
        node("cac:PaymentMandate", [
          leaf("cbc:ID", payment.directDebit.mandateReference),
          node("cac:PayerFinancialAccount", [leaf("cbc:ID", payment.directDebit.debitedAccount)]),
        ]),
    ]);
  });
}

function vatBreakdown(value: EVatBreakdown, currency: string): string {
  return node("cac:TaxSubtotal", [
    leaf("cbc:TaxableAmount", value.taxableAmount, { currencyID: currency }),
    leaf("cbc:TaxAmount", value.taxAmount, { currencyID: currency }),
    node("cac:TaxCategory", [
      leaf("cbc:ID", value.category),
      leaf("cbc:Percent", value.rate),
      leaf("cbc:TaxExemptionReasonCode", value.exemptionReasonCode),
      leaf("cbc:TaxExemptionReason", value.exemptionReason),
      vatScheme(),
    ]),
  ]);
}

/**
 * BT-110 with the VAT breakdown in the invoice currency; BT-111 alone in the VAT accounting currency (BT-6).
 * UBL requires the TaxAmount of a TaxTotal: when the model has a breakdown without BT-110 (all of it not subject to
 * VAT, say), it is the sum of the breakdown's VAT amounts, as BR-CO-14 defines it.
 */
export function ublTaxTotal(invoice: Pick<EInvoice, "totals" | "vatBreakdown">): string | undefined {
  if (invoice.totals.taxTotal !== undefined || invoice.vatBreakdown.length === 0) return invoice.totals.taxTotal;
  return Decimal.sum(...invoice.vatBreakdown.map((row) => new Decimal(row.taxAmount))).toFixed(2);
}

function taxTotals(invoice: EInvoice): string[] {
  const { currency, taxCurrency, totals } = invoice;
  return [
    node("cac:TaxTotal", [
      leaf("cbc:TaxAmount", ublTaxTotal(invoice), { currencyID: currency }),
      ...invoice.vatBreakdown.map((row) => vatBreakdown(row, currency)),
    ]),
    taxCurrency !== undefined &&
      node("cac:TaxTotal", [leaf("cbc:TaxAmount", totals.taxTotalInTaxCurrency, { currencyID: taxCurrency })]),
  ].filter((value): value is string => Boolean(value));
}

function monetaryTotal(invoice: EInvoice): string {
  const { currency, totals } = invoice;
  const amount = (name: string, value: string | undefined) => leaf(name, value, { currencyID: currency });
  return required("cac:LegalMonetaryTotal", [
    amount("cbc:LineExtensionAmount", totals.lineNetTotal),
    amount("cbc:TaxExclusiveAmount", totals.taxExclusive),
    amount("cbc:TaxInclusiveAmount", totals.taxInclusive),
    amount("cbc:AllowanceTotalAmount", totals.allowanceTotal),
    amount("cbc:ChargeTotalAmount", totals.chargeTotal),
    amount("cbc:PrepaidAmount", totals.prepaid),
    amount("cbc:PayableRoundingAmount", totals.rounding),
    amount("cbc:PayableAmount", totals.amountDue),
  ]);
}

/** Invoice notes (BG-1): the subject code (BT-21) goes at the start of the text, as "#AAI#text". */
function notes(invoice: EInvoice): string[] {
  const details = invoice.noteDetails ?? (invoice.notes ?? []).map((text) => ({ text, subjectCode: undefined }));
  return details.map((note) => leaf("cbc:Note", note.subjectCode ? `#${note.subjectCode}#${note.text}` : note.text));
}

export function writeUbl(invoice: EInvoice): string {
  const kind = ublKindOf(invoice);
  const { currency } = invoice;
  const sepaCreditorId = invoice.payment?.directDebit?.creditorId;
  const references = [
    node("cac:OrderReference", [leaf("cbc:ID", invoice.purchaseOrderReference), leaf("cbc:SalesOrderID", invoice.salesOrderReference)]),
    ...(invoice.precedingInvoices ?? []).map((preceding) =>
      node("cac:BillingReference", [
        node("cac:InvoiceDocumentReference", [leaf("cbc:ID", preceding.number), leaf("cbc:IssueDate", preceding.issueDate)]),
      ]),
    ),
    node("cac:DespatchDocumentReference", [leaf("cbc:ID", invoice.despatchAdviceReference)]),
    node("cac:ReceiptDocumentReference", [leaf("cbc:ID", invoice.receivingAdviceReference)]),
  ];
  const originator = node("cac:OriginatorDocumentReference", [leaf("cbc:ID", invoice.tenderOrLotReference)]);
  const contract = node("cac:ContractDocumentReference", [leaf("cbc:ID", invoice.contractReference)]);
  const documents = additionalDocuments(invoice, kind);
  const hasPeriod = invoice.invoicingPeriod !== undefined || invoice.vatPointDateCode !== undefined;
  const document = node(
    kind,
    [
      leaf("cbc:CustomizationID", invoice.specificationId ?? UBL_EN16931_CUSTOMIZATION),
      leaf("cbc:ProfileID", invoice.businessProcess),
      leaf("cbc:ID", invoice.number),
      leaf("cbc:IssueDate", invoice.issueDate),
      // The two roots order the dates and the type code differently (UBL 2.1 schemas).
      ...(kind === "Invoice"
        ? [leaf("cbc:DueDate", invoice.dueDate), leaf("cbc:InvoiceTypeCode", invoice.typeCode), ...notes(invoice), leaf("cbc:TaxPointDate", invoice.taxPointDate)]
        : [leaf("cbc:TaxPointDate", invoice.taxPointDate), leaf("cbc:CreditNoteTypeCode", invoice.typeCode), ...notes(invoice)]),
      leaf("cbc:DocumentCurrencyCode", currency),
      leaf("cbc:TaxCurrencyCode", invoice.taxCurrency),
      leaf("cbc:AccountingCost", invoice.buyerAccountingReference),
      leaf("cbc:BuyerReference", invoice.buyerReference),
      hasPeriod && period(invoice.invoicingPeriod, invoice.vatPointDateCode),
      ...references,
      ...(kind === "Invoice" ? [originator, contract, ...documents] : [contract, ...documents, originator]),
      kind === "Invoice" && node("cac:ProjectReference", [leaf("cbc:ID", invoice.projectReference)]),
      node("cac:AccountingSupplierParty", [tradeParty(invoice.seller, invoice.payee ? undefined : sepaCreditorId)]),
      node("cac:AccountingCustomerParty", [tradeParty(invoice.buyer, undefined)]),
      payeeParty(invoice.payee, sepaCreditorId),
      taxRepresentative(invoice.taxRepresentative),
      delivery(invoice.delivery),
      ...paymentMeans(invoice, kind),
      node("cac:PaymentTerms", [leaf("cbc:Note", invoice.payment?.terms)]),
      ...(invoice.allowancesCharges ?? []).map((value) => allowanceCharge(value, currency, true)),
      ...taxTotals(invoice),
      monetaryTotal(invoice),
      ...invoice.lines.map((value) => line(value, currency, kind)),
    ],
    { xmlns: ROOT_NAMESPACE[kind], ...COMMON_NAMESPACES },
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${document}\n`;
}
