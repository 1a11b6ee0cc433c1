// BR-FR rules that tie terms together (BR-FR-CO-…): the global discount credit note (262) and its contract and period,
// the preceding invoice of corrective invoices and credit notes, the due date, the already-paid and final-after-
// prepayment billing frameworks, the VAT in euros of an invoice in another currency. Warnings.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import { comparableDate } from "./core-document.ts";
import { decimalOf, filled, normalizeSpace, rec, records } from "./core-support.ts";
import { FR_ALREADY_PAID_MODES, FR_CORRECTIVE_TYPES, FR_CREDIT_NOTE_TYPES, FR_FINAL_AFTER_PREPAYMENT_MODES, FR_PREPAYMENT_TYPES, frWarning } from "./fr-support.ts";

const sameAmount = (first: unknown, second: unknown) => {
  const [a, b] = [decimalOf(first), decimalOf(second)];
  return a !== null && a !== undefined && b !== null && b !== undefined && a.equals(b);
};

export function frConsistencyFindings(invoice: ReadEInvoice): Finding[] {
  const findings: Finding[] = [];
  const typeCode = normalizeSpace(invoice.typeCode);
  const billingMode = normalizeSpace(invoice.businessProcess);
  const preceding = records(invoice.precedingInvoices);
  const period = rec(invoice.invoicingPeriod);
  if (typeCode === "262" && !(filled(invoice.contractReference) && filled(period?.start) && filled(period?.end))) {
    findings.push(frWarning("BR-FR-CO-03", "Un avoir de remise globale (type 262) doit donner le numéro de contrat (BT-12) et la période de facturation (BG-14, début et fin).", "BT-3"));
  }
  if (FR_CORRECTIVE_TYPES.includes(typeCode) && preceding.length !== 1) {
    findings.push(frWarning("BR-FR-CO-04", `Une facture rectificative (type ${typeCode}) doit faire référence à une et une seule facture antérieure (BG-3) ; elle en cite ${preceding.length}.`, "BG-3"));
  }
  if (FR_CREDIT_NOTE_TYPES.includes(typeCode) && !preceding.some((item) => filled(item.number) && filled(item.issueDate))) {
    findings.push(frWarning("BR-FR-CO-05", `Un avoir (type ${typeCode}) doit faire référence à la facture antérieure qu'il corrige, avec son numéro (BT-25) et sa date (BT-26).`, "BG-3"));
  }
  const [dueDate, issueDate] = [comparableDate(invoice.dueDate), comparableDate(invoice.issueDate)];
  if (dueDate && issueDate && dueDate < issueDate && !FR_PREPAYMENT_TYPES.includes(typeCode) && !FR_ALREADY_PAID_MODES.includes(billingMode)) {
    findings.push(frWarning("BR-FR-CO-07", `La date d'échéance (BT-9, ${dueDate}) ne doit pas précéder la date de la facture (BT-2, ${issueDate}).`, "BT-9"));
  }
  if (FR_FINAL_AFTER_PREPAYMENT_MODES.includes(billingMode) && FR_PREPAYMENT_TYPES.includes(typeCode)) {
    findings.push(frWarning("BR-FR-CO-08", `Le cadre de facturation ${billingMode} (facture définitive après acompte, BT-23) exclut une facture ou un avoir d'acompte (type ${typeCode}).`, "BT-23"));
  }
  if (FR_ALREADY_PAID_MODES.includes(billingMode)) {
    const totals = rec(invoice.totals);
    if (!sameAmount(totals?.prepaid, totals?.taxInclusive)) {
      findings.push(frWarning("BR-FR-CO-09", `Une facture déjà payée (cadre ${billingMode}) doit avoir un montant payé (BT-113) égal au total TTC (BT-112).`, "BT-113"));
    }
    if (!sameAmount(totals?.amountDue, "0")) findings.push(frWarning("BR-FR-CO-09", `Une facture déjà payée (cadre ${billingMode}) doit avoir un net à payer (BT-115) nul.`, "BT-115"));
    if (!filled(invoice.dueDate)) findings.push(frWarning("BR-FR-CO-09", `Une facture déjà payée (cadre ${billingMode}) doit donner la date du paiement comme date d'échéance (BT-9).`, "BT-9"));
  }
  const currency = normalizeSpace(invoice.currency);
  if (currency !== "" && currency !== "EUR" && !(normalizeSpace(invoice.taxCurrency) === "EUR" && filled(rec(invoice.totals)?.taxTotalInTaxCurrency))) {
    findings.push(frWarning("BR-FR-CO-12", `Une facture en ${currency} doit donner la TVA en euros : devise de comptabilisation de la TVA (BT-6) EUR et montant de TVA en euros (BT-111).`, "BT-6"));
  }
  return findings;
}
