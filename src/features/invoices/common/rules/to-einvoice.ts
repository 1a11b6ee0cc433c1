// An invoice entered in the portal as the EN 16931 model the CII writer and the Factur-X PDF read. Pure.
// Amounts come from the one totals function; an avoir carries the same positive amounts with type 381, a facture
// d'acompte is type 386. BG-3 names the invoice an avoir corrects, or the down payments a final invoice deducts
// (their TTC is its BT-113); BT-23 carries the cadre de facturation, where Chorus Pro reads it.
import Decimal from "decimal.js";
import { ATTACHMENT_MIME_CODES, type EAttachment, type EInvoice, type ELine, type EParty, type EVatBreakdown, type VatCategory } from "@/features/einvoice/index.ts";
import { countryCode } from "@/lib/countries.ts";
import { invoiceTotals, type DeductedDownPayment } from "./amounts.ts";
import { paymentMeansOf } from "./payment-means.ts";
import type { InvoiceFormValues, VatRegimeCode } from "../schemas.ts";

export type PartyStructure = {
  identifierType: string;
  identifier: string;
  raisonSociale: string;
  adresse: string;
  complementAdresse1?: string | null;
  complementAdresse2?: string | null;
  codePostal: string;
  ville: string;
  pays: string;
};

export type AttachmentSource = { type: string; designation: string; fileName: string; mimeType: string; content: Uint8Array };

export type EInvoiceSource = {
  /** BT-1: the number given by the supplier, final once sent. */
  number: string;
  invoice: InvoiceFormValues;
  /** With the payee account chosen on the invoice (its IBAN and BIC; payeeName: the holder of a factor's account). */
  supplier: PartyStructure & { iban?: string | null; bic?: string | null; payeeName?: string | null };
  recipient: PartyStructure;
  recipientService?: { code: string } | null;
  attachments?: AttachmentSource[];
  /** An avoir: the invoice it corrects, with its date when it is one of the supplier's sent invoices. */
  originalInvoice?: { number: string; issueDate?: string } | null;
  /** A final invoice: the down-payment invoices it deducts. */
  deductedDownPayments?: readonly DeductedDownPayment[];
};

/** BT-3 by the invoice's type (UNTDID 1001). */
const TYPE_CODES: Record<InvoiceFormValues["type"], EInvoice["typeCode"]> = { FACTURE: "380", AVOIR: "381", ACOMPTE: "386" };

/** BT-8: the VAT is due on the invoice date ("sur les débits") or when paid ("sur les encaissements"). */
const VAT_POINT: Partial<Record<VatRegimeCode, EInvoice["vatPointDateCode"]>> = { DEBITS: "3", ENCAISSEMENTS: "432" };


const NOT_SUBJECT_REASON = "Non soumis à la TVA";

/** BT-20: public buyers pay within the "délai global de paiement" of the public procurement code. */
export const PAYMENT_TERMS = "Délai global de paiement de 30 jours (article R. 2192-10 du code de la commande publique).";

/** The French intra-community VAT number of a company, from its SIREN: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatNumber(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, "0")}${siren}`;
}

/**
 * BT-31 / BT-32 of the seller (EN 16931 BR-S-02 and the like want one when VAT is charged): its VAT number, derived
 * from the SIRET or given as its identifier; a structure still being registered has neither, and its portal
 * identifier stands as its tax registration reference. An invoice not subject to VAT (category O) names no VAT
 * number at all (BR-O-02); the SIRET (BT-30) or the identifier (BT-29) still identifies the seller (BR-CO-26).
 */
function sellerTaxIds(structure: PartyStructure, notSubjectToVat: boolean): Pick<EParty, "vatId" | "taxRegistrationId"> {
  if (notSubjectToVat) return {};
  if (structure.identifierType === "SIRET") return { vatId: frenchVatNumber(structure.identifier.slice(0, 9)) };
  if (structure.identifierType === "TVA_INTRACOMMUNAUTAIRE") return { vatId: structure.identifier };
  return { taxRegistrationId: structure.identifier };
}

/** S for a positive rate; at 0 %: Z (zero rated), E (exempt, with its reason) or O (not subject), by the type de TVA. */
export function vatCategory(regime: VatRegimeCode, rate: string): VatCategory {
  if (new Decimal(rate).gt(0)) return "S";
  if (regime === "EXONERE") return "E";
  if (regime === "SANS_TVA") return "O";
  return "Z";
}

function party(structure: PartyStructure): EParty {
  const isSiret = structure.identifierType === "SIRET";
  return {
    name: structure.raisonSociale,
    ...(isSiret ? { legalId: { id: structure.identifier, scheme: "0009" } } : { ids: [{ id: structure.identifier }] }),
    address: {
      line1: structure.adresse,
      line2: structure.complementAdresse1 || undefined,
      line3: structure.complementAdresse2 || undefined,
      postCode: structure.codePostal,
      city: structure.ville,
      countryCode: countryCode(structure.pays) ?? "FR",
    },
  };
}

/** Embedded when EN 16931 allows its MIME type (BR-CL-24); only listed otherwise. */
function attachment(file: AttachmentSource): EAttachment {
  const base = { id: file.fileName, description: `${file.type} : ${file.designation}` };
  return ATTACHMENT_MIME_CODES.has(file.mimeType)
    ? { ...base, content: { base64: Buffer.from(file.content).toString("base64"), mimeCode: file.mimeType, fileName: file.fileName } }
    : base;
}

function precedingInvoices(invoice: InvoiceFormValues, original: EInvoiceSource["originalInvoice"], deducted: readonly DeductedDownPayment[]): EInvoice["precedingInvoices"] {
  if (invoice.type === "AVOIR") {
    const number = original?.number ?? invoice.originalInvoiceNumber;
    return number ? [{ number, issueDate: original?.issueDate }] : undefined;
  }
  return deducted.length > 0 ? deducted.map((downPayment) => ({ number: downPayment.number, issueDate: downPayment.issueDate })) : undefined;
}

export function toEInvoice(source: EInvoiceSource): EInvoice {
  const { invoice, supplier } = source;
  const deducted = invoice.type === "FACTURE" ? (source.deductedDownPayments ?? []) : [];
  const totals = invoiceTotals(invoice, deducted);
  const categoryOf = (rate: string) => vatCategory(invoice.vatRegime, rate);
  const exemption = (category: VatCategory) =>
    category === "E" ? { exemptionReason: invoice.exemptionReason } : category === "O" ? { exemptionReason: NOT_SUBJECT_REASON, exemptionReasonCode: "VATEX-EU-O" } : {};

  const lines: ELine[] = invoice.lines.map((line, index) => {
    const category = categoryOf(line.vatRate);
    return {
      id: String(index + 1),
      quantity: line.quantity,
      unitCode: line.unit,
      lineNet: totals.lines[index].lineNet,
      allowances: line.discountNet && new Decimal(line.discountNet).gt(0) ? [{ charge: false, amount: new Decimal(line.discountNet).toFixed(2), reason: "Remise" }] : undefined,
      netPrice: line.unitPriceNet,
      vatCategory: category,
      // BR-O-05: a line not subject to VAT has no rate.
      vatRate: category === "O" ? undefined : line.vatRate,
      name: line.denomination,
      sellerItemId: line.reference || undefined,
    };
  });

  const vatBreakdown: EVatBreakdown[] = totals.vatRecap.map((row) => {
    const category = categoryOf(row.rate);
    return { taxableAmount: row.taxableAmount, taxAmount: row.taxAmount, category, rate: category === "O" ? undefined : row.rate, ...exemption(category) };
  });

  return {
    number: source.number,
    issueDate: invoice.invoiceDate,
    typeCode: TYPE_CODES[invoice.type],
    businessProcess: invoice.cadre,
    currency: invoice.currency,
    vatPointDateCode: VAT_POINT[invoice.vatRegime],
    buyerReference: source.recipientService?.code,
    contractReference: invoice.marketNumber || undefined,
    purchaseOrderReference: invoice.engagementNumber || undefined,
    notes: invoice.comment ? [invoice.comment] : undefined,
    precedingInvoices: precedingInvoices(invoice, source.originalInvoice, deducted),
    seller: { ...party(supplier), ...sellerTaxIds(supplier, vatBreakdown.some((row) => row.category === "O")) },
    buyer: party(source.recipient),
    payee: invoice.factor || supplier.payeeName ? { name: (invoice.factor || supplier.payeeName)!, address: { countryCode: countryCode(supplier.pays) ?? "FR" } } : undefined,
    payment: { ...paymentMeansOf(invoice.paymentMode, supplier), terms: PAYMENT_TERMS },
    totals: {
      lineNetTotal: totals.totalNet,
      taxExclusive: totals.totalNet,
      taxTotal: totals.totalVat,
      taxInclusive: totals.totalGross,
      prepaid: totals.prepaid === "0.00" ? undefined : totals.prepaid,
      amountDue: totals.amountDue,
    },
    vatBreakdown,
    lines,
    attachments: source.attachments?.length ? source.attachments.map(attachment) : undefined,
  };
}
