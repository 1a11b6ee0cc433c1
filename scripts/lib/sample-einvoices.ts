// Generated structured invoices for the batch deposit (bench:deposit and its tests): valid EN 16931 invoices from a
// supplier to a public recipient, a few lines each with mixed VAT rates, as CII (the portal's own writer) or UBL 2.1
// (a small writer here, for the subset these invoices use). Amounts from THE totals function.
import { type EInvoice, type ELine, type EParty, leaf, node, writeCii } from "@/features/einvoice/index.ts";
import { computeTotals } from "@/features/invoices/common/rules/totals.ts";

export type SampleParties = {
  /** siret: the seller's legal id (BT-30, scheme 0009), checked against the depositing structure. */
  seller: { name: string; identifier: string; vatId: string; siret?: string; account?: { iban: string; bic?: string } };
  buyer: { name: string; siret: string; serviceCode?: string };
  /** Numéro d'engagement (BT-13) of the i-th invoice, when the recipient wants one. */
  engagement?: (i: number) => string;
};

export type SampleOptions = { number?: string; lines?: number; issueDate?: string };

const RATES = ["20", "10", "5.5"];
const UNITS = ["C62", "KGM", "HUR"];

/** The i-th generated invoice. */
export function sampleEInvoice(i: number, parties: SampleParties, options: SampleOptions = {}): EInvoice {
  const count = options.lines ?? 3;
  const inputs = Array.from({ length: count }, (_, n) => ({
    quantity: String(1 + ((i + n) % 9)),
    unitPriceNet: `${10 + ((i * 7 + n * 13) % 490)}.${String((i + n * 3) % 100).padStart(2, "0")}`,
    vatRate: RATES[(i + n) % RATES.length],
  }));
  const totals = computeTotals({ lines: inputs });
  const lines: ELine[] = inputs.map((input, n) => ({
    id: String(n + 1),
    quantity: input.quantity,
    unitCode: UNITS[(i + n) % UNITS.length],
    lineNet: totals.lines[n].lineNet,
    netPrice: input.unitPriceNet,
    vatCategory: "S",
    vatRate: input.vatRate,
    name: `Prestation ${n + 1} de la facture ${i}`,
    sellerItemId: `REF-${n + 1}`,
  }));
  const seller: EParty = {
    name: parties.seller.name,
    ids: [{ id: parties.seller.identifier }],
    legalId: parties.seller.siret ? { id: parties.seller.siret, scheme: "0009" } : undefined,
    vatId: parties.seller.vatId,
    address: { line1: "2 rue du Commerce", postCode: "69002", city: "LYON", countryCode: "FR" },
  };
  const buyer: EParty = {
    name: parties.buyer.name,
    legalId: { id: parties.buyer.siret, scheme: "0009" },
    address: { line1: "1 place de la Mairie", postCode: "29200", city: "BREST", countryCode: "FR" },
  };
  return {
    number: options.number ?? `LOT-${String(i).padStart(6, "0")}`,
    issueDate: options.issueDate ?? "2026-11-23",
    dueDate: "2026-12-23",
    typeCode: "380",
    currency: "EUR",
    specificationId: "urn:cen.eu:en16931:2017",
    buyerReference: parties.buyer.serviceCode,
    purchaseOrderReference: parties.engagement?.(i),
    seller,
    buyer,
    payment: { meansCode: "30", accounts: [parties.seller.account ?? { iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX" }] },
    totals: { lineNetTotal: totals.totalNet, taxExclusive: totals.totalNet, taxTotal: totals.totalVat, taxInclusive: totals.totalGross, amountDue: totals.amountDue },
    vatBreakdown: totals.vatRecap.map((row) => ({ taxableAmount: row.taxableAmount, taxAmount: row.taxAmount, category: "S", rate: row.rate })),
    lines,
  };
}

const UBL_NAMESPACES = {
  xmlns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  "xmlns:cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "xmlns:cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
};

function ublParty(name: string, party: EParty): string {
  return node(name, [
    node("cac:Party", [
      ...(party.ids ?? []).map((id) => node("cac:PartyIdentification", [leaf("cbc:ID", id.id, { schemeID: id.scheme })])),
      node("cac:PartyName", [leaf("cbc:Name", party.name)]),
      node("cac:PostalAddress", [
        leaf("cbc:StreetName", party.address.line1),
        leaf("cbc:CityName", party.address.city),
        leaf("cbc:PostalZone", party.address.postCode),
        node("cac:Country", [leaf("cbc:IdentificationCode", party.address.countryCode)]),
      ]),
      party.vatId && node("cac:PartyTaxScheme", [leaf("cbc:CompanyID", party.vatId), node("cac:TaxScheme", [leaf("cbc:ID", "VAT")])]),
      node("cac:PartyLegalEntity", [leaf("cbc:RegistrationName", party.name), party.legalId && leaf("cbc:CompanyID", party.legalId.id, { schemeID: party.legalId.scheme })]),
    ]),
  ]);
}

const amount = (currency: string) => (name: string, value: string | undefined) => leaf(name, value, { currencyID: currency });

/** UBL 2.1 Invoice of the subset the generated invoices use (element order of the UBL schema). */
export function writeUbl(invoice: EInvoice): string {
  const money = amount(invoice.currency);
  const taxCategory = (name: string, category: string, rate: string | undefined) =>
    node(name, [leaf("cbc:ID", category), leaf("cbc:Percent", rate), node("cac:TaxScheme", [leaf("cbc:ID", "VAT")])]);
  const body = node(
    "Invoice",
    [
      leaf("cbc:CustomizationID", invoice.specificationId ?? "urn:cen.eu:en16931:2017"),
      leaf("cbc:ID", invoice.number),
      leaf("cbc:IssueDate", invoice.issueDate),
      leaf("cbc:DueDate", invoice.dueDate),
      leaf("cbc:InvoiceTypeCode", invoice.typeCode),
      leaf("cbc:DocumentCurrencyCode", invoice.currency),
      leaf("cbc:BuyerReference", invoice.buyerReference),
      node("cac:OrderReference", [leaf("cbc:ID", invoice.purchaseOrderReference)]),
      ublParty("cac:AccountingSupplierParty", invoice.seller),
      ublParty("cac:AccountingCustomerParty", invoice.buyer),
      invoice.payment &&
        node("cac:PaymentMeans", [
          leaf("cbc:PaymentMeansCode", invoice.payment.meansCode),
          ...(invoice.payment.accounts ?? []).map((account) =>
            node("cac:PayeeFinancialAccount", [leaf("cbc:ID", account.iban), node("cac:FinancialInstitutionBranch", [leaf("cbc:ID", account.bic)])]),
          ),
        ]),
      node("cac:TaxTotal", [
        money("cbc:TaxAmount", invoice.totals.taxTotal),
        ...invoice.vatBreakdown.map((row) =>
          node("cac:TaxSubtotal", [money("cbc:TaxableAmount", row.taxableAmount), money("cbc:TaxAmount", row.taxAmount), taxCategory("cac:TaxCategory", row.category, row.rate)]),
        ),
      ]),
      node("cac:LegalMonetaryTotal", [
        money("cbc:LineExtensionAmount", invoice.totals.lineNetTotal),
        money("cbc:TaxExclusiveAmount", invoice.totals.taxExclusive),
        money("cbc:TaxInclusiveAmount", invoice.totals.taxInclusive),
        money("cbc:PayableAmount", invoice.totals.amountDue),
      ]),
      ...invoice.lines.map((line) =>
        node("cac:InvoiceLine", [
          leaf("cbc:ID", line.id),
          leaf("cbc:InvoicedQuantity", line.quantity, { unitCode: line.unitCode }),
          money("cbc:LineExtensionAmount", line.lineNet),
          node("cac:Item", [
            leaf("cbc:Name", line.name),
            node("cac:SellersItemIdentification", [leaf("cbc:ID", line.sellerItemId)]),
            taxCategory("cac:ClassifiedTaxCategory", line.vatCategory, line.vatRate),
          ]),
          node("cac:Price", [money("cbc:PriceAmount", line.netPrice)]),
        ]),
      ),
    ],
    UBL_NAMESPACES,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}

/** The i-th invoice as XML: even numbers in UBL, odd in CII (half each). */
export function sampleInvoiceXml(i: number, parties: SampleParties, options: SampleOptions & { syntax?: "UBL" | "CII" } = {}): string {
  const invoice = sampleEInvoice(i, parties, options);
  return (options.syntax ?? (i % 2 === 0 ? "UBL" : "CII")) === "UBL" ? writeUbl(invoice) : writeCii(invoice);
}
