// "Dépôt d'une nouvelle facture": an invoice read from a file (EN 16931 model, possibly incomplete) as the portal
// keeps it — the invoice's columns, its lines, the keys to find its parties, and French notes of what the form
// cannot hold. Totals are the FILE's (the form recomputes its own once the user saves). Pure; never throws.
import Decimal from "decimal.js";
import type { ReadEInvoice } from "@/features/einvoice/index.ts";
import { CURRENCY_CODES } from "@/features/invoices/common/ui.ts";
import type { DepositedInvoice, DepositedParty } from "./deposited-invoice.ts";
import { fileDecimal, fitting, money } from "./file-amounts.ts";
import { toDepositedLines } from "./from-einvoice-lines.ts";


/** UNTDID 1001 codes of credit notes (BT-3): the portal's "Avoir". */
const CREDIT_NOTE_TYPES = new Set(["381", "261", "262", "296", "308", "532"]);
/** UNTDID 1001 codes of prepayment invoices (BT-3 386, 500 its self-billed form): the portal's "Facture d'acompte". */
const PREPAYMENT_TYPES = new Set(["386", "500"]);

/** UNTDID 4461 (BT-81) → "Mode de règlement". */
const PAYMENT_MODES: Record<string, DepositedInvoice["paymentMode"]> = {
  "30": "VIREMENT",
  "31": "VIREMENT",
  "42": "VIREMENT",
  "58": "VIREMENT",
  "20": "CHEQUE",
  "10": "ESPECE",
  "49": "PRELEVEMENT",
  "59": "PRELEVEMENT",
};

/** Exempt categories (rate 0, a reason printed) and the French ground when the file gives no BT-120. */
const EXEMPT_CATEGORIES: Record<string, string | undefined> = {
  E: undefined,
  AE: "Autoliquidation",
  K: "Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire)",
  G: "Exonération de TVA, article 262 du CGI",
};
const STANDARD_CATEGORIES = new Set(["S", "Z", "L", "M"]);
/** BT-8 "paid to date" (UBL 432, CII 72): TVA sur les encaissements. */
const ON_PAYMENT_CODES = new Set(["432", "72"]);

/**
 * No BT-81 at all (a PDF read from its text): the portal's default; code 1 "not defined" with the text « Virement »:
 * a transfer written without an account (as the portal writes it, decision 0011); any other code: "Autre".
 */
function paymentModeOf(meansCode: string | undefined, meansText: string | undefined): DepositedInvoice["paymentMode"] {
  if (meansCode === undefined) return "VIREMENT";
  if (meansCode === "1" && meansText?.toLowerCase() === "virement") return "VIREMENT";
  return PAYMENT_MODES[meansCode] ?? "AUTRE";
}

const text = (value: string | undefined) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);
const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? "s" : ""}`;

const SIRET = /^\d{14}$/;
const compact = (value: string | undefined) => (text(value) ?? "").replace(/\s+/g, "");

/** SIRET: the legal id (BT-30/47), an id with scheme 0009, or an electronic address (0009/0225) of 14 digits. */
function partyKeys(party: ReadEInvoice["seller"]): DepositedParty {
  const legalId = compact(party?.legalId?.id);
  const ids = (party?.ids ?? []).map((id) => ({ id: compact(id?.id), scheme: text(id?.scheme) }));
  const address = { id: compact(party?.electronicAddress?.id), scheme: text(party?.electronicAddress?.scheme) };
  const candidates = [legalId, ...ids.filter((id) => id.scheme === "0009").map((id) => id.id), ...(address.scheme === "0009" || address.scheme === "0225" ? [address.id] : [])];
  const identifiers = [legalId, ...ids.map((id) => id.id), compact(party?.vatId), address.id].filter((id) => id !== "");
  return { siret: candidates.find((candidate) => SIRET.test(candidate)), identifiers: [...new Set(identifiers)] };
}

function vatRegime(invoice: ReadEInvoice, unmapped: string[]): Pick<DepositedInvoice, "vatRegime" | "exemptionReason"> {
  const breakdown = invoice.vatBreakdown ?? [];
  const categories = [...new Set([...breakdown.map((row) => row?.category), ...(invoice.lines ?? []).map((line) => line?.vatCategory)].flatMap((code) => text(code)?.toUpperCase() ?? []))];
  const standard = () => (ON_PAYMENT_CODES.has(text(invoice.vatPointDateCode) ?? "") ? "ENCAISSEMENTS" : "DEBITS");
  if (categories.every((code) => STANDARD_CATEGORIES.has(code))) return { vatRegime: standard() };
  if (categories.every((code) => code === "O")) return { vatRegime: "SANS_TVA" };
  if (categories.every((code) => code in EXEMPT_CATEGORIES)) {
    const row = breakdown.find((candidate) => text(candidate?.exemptionReason));
    const reason = text(row?.exemptionReason) ?? EXEMPT_CATEGORIES[categories[0]] ?? text(breakdown.find((candidate) => text(candidate?.exemptionReasonCode))?.exemptionReasonCode);
    return { vatRegime: "EXONERE", exemptionReason: reason };
  }
  unmapped.push(`Catégories de TVA multiples (${categories.join(", ")}) : le formulaire n'en retient qu'un type de TVA.`);
  return categories.some((code) => STANDARD_CATEGORIES.has(code)) ? { vatRegime: standard() } : { vatRegime: "EXONERE" };
}

/** Document allowances − charges, VAT included; null when the VAT of one of them is unknown. */
function globalDiscountGross(allowancesCharges: NonNullable<ReadEInvoice["allowancesCharges"]>): Decimal | null {
  let total = new Decimal(0);
  for (const entry of allowancesCharges) {
    const amount = fileDecimal(entry?.amount);
    const category = text(entry?.vatCategory)?.toUpperCase();
    // Without a rate, only a category other than standard (Z, E, O, AE…) tells it: 0 %.
    const zeroRated = category !== undefined && !["S", "L", "M"].includes(category);
    const rate = fileDecimal(entry?.vatRate) ?? (zeroRated ? new Decimal(0) : null);
    if (amount === null || rate === null) return null;
    const gross = amount.times(rate.dividedBy(100).plus(1));
    total = entry?.charge === true ? total.minus(gross) : total.plus(gross);
  }
  return fitting(total, "money");
}

function isoDate(value: string | undefined): string | undefined {
  const date = text(value);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

function currencyOf(value: string | undefined, unmapped: string[]): string {
  const code = text(value)?.toUpperCase();
  if (!code || !/^[A-Z]{3}$/.test(code)) {
    if (code) unmapped.push(`Devise « ${code} » illisible : l'euro est retenu.`);
    return "EUR";
  }
  if (!(CURRENCY_CODES as readonly string[]).includes(code)) unmapped.push(`La devise ${code} n'est pas dans la liste du portail.`);
  return code;
}

/** Notes of what the file holds that the portal's invoice has no place for. */
function otherUnmapped(invoice: ReadEInvoice, unmapped: string[]) {
  const documentLevel = invoice.allowancesCharges ?? [];
  if (documentLevel.length > 0) unmapped.push(`${documentLevel.length} ${documentLevel.length > 1 ? "remises/charges" : "remise/charge"} au niveau du document`);
  const prepaid = fileDecimal(invoice.totals?.prepaid);
  if (prepaid && !prepaid.isZero()) unmapped.push(`Montant déjà payé (BT-113) : ${money(prepaid)}`);
  const rounding = fileDecimal(invoice.totals?.rounding);
  if (rounding && !rounding.isZero()) unmapped.push(`Arrondi (BT-114) : ${money(rounding)}`);
  const preceding = invoice.precedingInvoices ?? [];
  if (preceding.length > 1) unmapped.push(`${preceding.length} factures d'origine : seule la première est reprise`);
  const attachments = invoice.attachments ?? [];
  if (attachments.length > 0) unmapped.push(`${plural(attachments.length, "pièce")} ${attachments.length > 1 ? "jointes" : "jointe"} du fichier (le fichier original est joint à la facture)`);
  if (text(invoice.taxCurrency) && text(invoice.taxCurrency) !== text(invoice.currency)) unmapped.push(`Devise de TVA ${text(invoice.taxCurrency)} (BT-6)`);
}

export function toDepositedInvoice(invoice: ReadEInvoice): DepositedInvoice {
  const unmapped: string[] = [];
  const currency = currencyOf(invoice.currency, unmapped);
  const typeCode = text(invoice.typeCode) ?? "380";
  const meansCode = text(invoice.payment?.meansCode);
  const account = invoice.payment?.accounts?.[0];
  const notes = (invoice.notes ?? []).flatMap((note) => text(note) ?? []);
  const totals = invoice.totals ?? {};
  const lines = toDepositedLines(invoice.lines, unmapped);
  const discount = globalDiscountGross(invoice.allowancesCharges ?? []);
  otherUnmapped(invoice, unmapped);

  return {
    type: CREDIT_NOTE_TYPES.has(typeCode) ? "AVOIR" : PREPAYMENT_TYPES.has(typeCode) ? "ACOMPTE" : "FACTURE",
    currency,
    invoiceNumber: text(invoice.number),
    invoiceDate: isoDate(invoice.issueDate),
    marketNumber: text(invoice.contractReference),
    engagementNumber: text(invoice.purchaseOrderReference),
    originalInvoiceNumber: text(invoice.precedingInvoices?.[0]?.number),
    paymentMode: paymentModeOf(meansCode, text(invoice.payment?.meansText)),
    ...vatRegime(invoice, unmapped),
    comment: notes.length > 0 ? notes.join("\n") : undefined,
    factor: text(invoice.payee?.name),
    iban: compact(account?.iban) || undefined,
    bic: compact(account?.bic) || undefined,
    totalNet: money(totals.taxExclusive),
    totalVat: money(totals.taxTotal),
    totalGross: money(totals.taxInclusive),
    globalDiscountGross: money(discount),
    amountDue: money(totals.amountDue),
    lines,
    seller: partyKeys(invoice.seller),
    recipient: { ...partyKeys(invoice.buyer), serviceCode: text(invoice.buyerReference) },
    unmapped,
  };
}
