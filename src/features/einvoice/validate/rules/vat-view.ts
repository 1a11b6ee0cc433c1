// What the VAT-category rules read of an invoice, gathered once and defensively: a reader may leave any term out
// or fill it with anything, and rule groups must never throw. Categories are compared after normalize-space, as the
// schematron does; identifiers count as present when they are non-blank strings.
import Decimal from "decimal.js";
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";

/** A decimal term as the schematron sees it: a number, absent (empty sequence), or malformed (xs:decimal fails). */
export type DecimalTerm = Decimal | "absent" | "malformed";

const XS_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
// xs:decimal arithmetic is exact: enough significant digits that sums and products of amounts never round.
const ExactDecimal = Decimal.clone({ precision: 60 });

export const ZERO: Decimal = new ExactDecimal(0);
export const isNumber = (term: DecimalTerm): term is Decimal => typeof term === "object";

export function readDecimal(value: unknown): DecimalTerm {
  if (value === undefined || value === null) return "absent";
  const raw = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  if (typeof raw !== "string") return "malformed";
  const trimmed = raw.trim();
  if (trimmed === "") return "absent";
  return XS_DECIMAL.test(trimmed) ? new ExactDecimal(trimmed) : "malformed";
}

export const isPresent = (value: unknown): boolean => typeof value === "string" && value.trim() !== "";

function normalizeSpace(value: unknown): string | undefined {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : undefined;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};

/** An invoice line, document level allowance or charge, or VAT breakdown, with its 1-based position in its group. */
export type CategorizedItem = { location: string; category?: string; rate: unknown; amount: unknown };

export type VatBreakdownView = {
  location: string; // "BG-23[i]"
  category?: string;
  rate: unknown;
  taxableAmount: unknown;
  taxAmount: unknown;
  exemptionReason: unknown;
  exemptionReasonCode: unknown;
};

export type VatView = {
  lines: CategorizedItem[]; // BG-25
  allowances: CategorizedItem[]; // BG-20 (ChargeIndicator false)
  charges: CategorizedItem[]; // BG-21 (ChargeIndicator true)
  /** Every document level allowance or charge, whatever its indicator says (the schematron's //cac:AllowanceCharge). */
  allowancesAndCharges: CategorizedItem[];
  breakdowns: VatBreakdownView[]; // BG-23
  sellerVatId: boolean; // BT-31
  sellerTaxRegistrationId: boolean; // BT-32
  taxRepresentativeVatId: boolean; // BT-63
  buyerVatId: boolean; // BT-48
  buyerLegalId: boolean; // BT-47
  deliveryDate: unknown; // BT-72
  deliveryCountryCode: unknown; // BT-80
  invoicingPeriodFilled: boolean; // BG-14 with BT-73 or BT-74
};

export function vatView(invoice: ReadEInvoice): VatView {
  const root = asRecord(invoice);
  const lines = asArray(root.lines).map((entry, index) => {
    const line = asRecord(entry);
    return { location: `BG-25[${index + 1}]`, category: normalizeSpace(line.vatCategory), rate: line.vatRate, amount: line.lineNet };
  });
  const allowances: CategorizedItem[] = [];
  const charges: CategorizedItem[] = [];
  const allowancesAndCharges: CategorizedItem[] = [];
  for (const entry of asArray(root.allowancesCharges)) {
    const allowanceCharge = asRecord(entry);
    const fields = { category: normalizeSpace(allowanceCharge.vatCategory), rate: allowanceCharge.vatRate, amount: allowanceCharge.amount };
    let item: CategorizedItem;
    if (allowanceCharge.charge === true) charges.push((item = { location: `BG-21[${charges.length + 1}]`, ...fields }));
    else if (allowanceCharge.charge === false) allowances.push((item = { location: `BG-20[${allowances.length + 1}]`, ...fields }));
    else item = { location: "BG-20", ...fields }; // no usable ChargeIndicator: neither an allowance nor a charge
    allowancesAndCharges.push(item);
  }
  const breakdowns = asArray(root.vatBreakdown).map((entry, index) => {
    const breakdown = asRecord(entry);
    return {
      location: `BG-23[${index + 1}]`,
      category: normalizeSpace(breakdown.category),
      rate: breakdown.rate,
      taxableAmount: breakdown.taxableAmount,
      taxAmount: breakdown.taxAmount,
      exemptionReason: breakdown.exemptionReason,
      exemptionReasonCode: breakdown.exemptionReasonCode,
    };
  });
  const seller = asRecord(root.seller);
  const buyer = asRecord(root.buyer);
  const delivery = asRecord(root.delivery);
  const period = asRecord(root.invoicingPeriod);
  return {
    lines,
    allowances,
    charges,
    allowancesAndCharges,
    breakdowns,
    sellerVatId: isPresent(seller.vatId),
    sellerTaxRegistrationId: isPresent(seller.taxRegistrationId),
    taxRepresentativeVatId: isPresent(asRecord(root.taxRepresentative).vatId),
    buyerVatId: isPresent(buyer.vatId),
    buyerLegalId: isPresent(asRecord(buyer.legalId).id),
    deliveryDate: delivery.date,
    deliveryCountryCode: asRecord(delivery.address).countryCode,
    // BG-14 is "used" when it holds a start or end date (the UBL binding's InvoicePeriod/*).
    invoicingPeriodFilled: isPresent(period.start) || isPresent(period.end),
  };
}

/** An amount for a message: two decimals when it has at most two, else as written. */
export function formatAmount(amount: Decimal): string {
  return amount.decimalPlaces() <= 2 ? amount.toFixed(2) : amount.toFixed();
}
