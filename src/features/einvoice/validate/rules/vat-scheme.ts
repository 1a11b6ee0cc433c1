// The VAT terms the CEN artefacts see: a tax category (BT-151, BT-118) and its rate (BT-152, BT-119) count only inside
// a tax element of the VAT scheme (CII TypeCode VAT, UBL TaxScheme/ID VAT). The readers keep the category whatever
// the scheme (the other rules count it, as the artefacts do), so the rules that look for the VAT scheme are judged
// here, on the syntax, and handed to the validator with the syntax findings.
import type { XmlNode } from "../../read/safe-xml.ts";
import { child, children, textAt } from "../../read/safe-xml.ts";
import type { Finding } from "../finding.ts";
import { decimalOf, roundInteger } from "./core-support.ts";

const fatal = (rule: string, location: string, message: string): Finding => ({ rule, severity: "fatal", message, location });
const isVat = (code: string | undefined) => (code ?? "").trim().toUpperCase() === "VAT";

/** BR-CO-17 without a VAT rate: the tax amount must round to 0 (a malformed one cannot). */
function taxRoundsToZero(amount: string | undefined): boolean {
  const value = decimalOf(amount);
  return value !== null && (value === undefined || roundInteger(value).isZero());
}

function outsideVatBreakdown(location: string, taxAmount: string | undefined): Finding[] {
  const scheme = "n'appartient pas au régime de la TVA (code de type de taxe autre que VAT)";
  return [
    fatal("BR-47", `${location}/BT-118`, `Le récapitulatif de TVA (BG-23) ${scheme} : il n'a donc pas de code de catégorie de TVA (BT-118).`),
    fatal("BR-48", `${location}/BT-119`, `Le récapitulatif de TVA (BG-23) ${scheme} : il n'a donc pas de taux de TVA (BT-119).`),
    ...(taxRoundsToZero(taxAmount)
      ? []
      : [fatal("BR-CO-17", `${location}/BT-117`, `Le récapitulatif de TVA (BG-23) ${scheme} n'a pas de taux : son montant de TVA (BT-117) devrait être nul.`)]),
  ];
}

const lineOutsideVat = (location: string) =>
  fatal("BR-CO-04", `${location}/BT-151`, "Chaque ligne de facture (BG-25) doit avoir un code de catégorie de TVA (BT-151) dans le régime de la TVA (code de type de taxe VAT).");

/** CII: the header ApplicableTradeTax and each line's, by their TypeCode. */
export function ciiVatSchemeFindings(root: XmlNode): Finding[] {
  const transaction = child(root, "SupplyChainTradeTransaction");
  const settlement = child(transaction, "ApplicableHeaderTradeSettlement");
  const breakdowns = children(settlement, "ApplicableTradeTax").flatMap((tax, index) =>
    isVat(textAt(tax, "TypeCode")) ? [] : outsideVatBreakdown(`BG-23[${index + 1}]`, textAt(tax, "CalculatedAmount")),
  );
  const lines = children(transaction, "IncludedSupplyChainTradeLineItem").flatMap((line, index) => {
    const taxes = children(child(line, "SpecifiedLineTradeSettlement"), "ApplicableTradeTax");
    const categorized = taxes.some((tax) => isVat(textAt(tax, "TypeCode")) && child(tax, "CategoryCode") !== undefined);
    // A line without any category code is BR-CO-04 of the core rules already.
    const coded = taxes.some((tax) => child(tax, "CategoryCode") !== undefined);
    return categorized || !coded ? [] : [lineOutsideVat(`BG-25[${index + 1}]`)];
  });
  return [...breakdowns, ...lines];
}

/** UBL: each TaxSubtotal's TaxCategory and each line's ClassifiedTaxCategory, by their TaxScheme/ID. */
export function ublVatSchemeFindings(root: XmlNode): Finding[] {
  const subtotals = children(root, "TaxTotal").flatMap((total) => children(total, "TaxSubtotal"));
  const breakdowns = subtotals.flatMap((subtotal, index) => {
    const categories = children(subtotal, "TaxCategory");
    const inVat = categories.some((category) => isVat(textAt(category, "TaxScheme/ID")));
    return inVat || categories.length === 0 ? [] : outsideVatBreakdown(`BG-23[${index + 1}]`, textAt(subtotal, "TaxAmount"));
  });
  const lines = [...children(root, "InvoiceLine"), ...children(root, "CreditNoteLine")].flatMap((line, index) => {
    const categories = children(child(line, "Item"), "ClassifiedTaxCategory");
    const categorized = categories.some((category) => isVat(textAt(category, "TaxScheme/ID")) && child(category, "ID") !== undefined);
    const coded = categories.some((category) => child(category, "ID") !== undefined);
    return categorized || !coded ? [] : [lineOutsideVat(`BG-25[${index + 1}]`)];
  });
  return [...breakdowns, ...lines, ...standardOutsideVat(root)];
}

/**
 * BR-S-02 as the CEN UBL artefact writes it: a line category S (any scheme) asks for one of the VAT scheme, so lines
 * whose category S sits only outside the VAT scheme break it whatever the seller's identifiers (the identifiers
 * themselves are judged by the VAT category rules, on the model).
 */
function standardOutsideVat(root: XmlNode): Finding[] {
  const categories = [...children(root, "InvoiceLine"), ...children(root, "CreditNoteLine")].flatMap((line) => children(child(line, "Item"), "ClassifiedTaxCategory"));
  const standard = categories.filter((category) => (textAt(category, "ID") ?? "").replace(/\s+/g, " ").trim() === "S");
  if (standard.length === 0 || standard.some((category) => isVat(textAt(category, "TaxScheme/ID")))) return [];
  return [
    fatal("BR-S-02", "BT-151", "Une ligne de facture (BG-25) de catégorie « Taux normal » (S) doit relever du régime de la TVA (code de type de taxe VAT)."),
  ];
}
