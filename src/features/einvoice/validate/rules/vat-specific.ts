// The rules only one VAT category has: BR-IC-11/12 (intra-community supply needs a delivery date or invoicing
// period, and a deliver-to country) and BR-O-11…14 (an invoice not subject to VAT has no other category at all).
import type { Finding } from "../finding.ts";
import type { VatView } from "./vat-view.ts";

const fatal = (rule: string, message: string, location: string): Finding => ({ rule, severity: "fatal", message, location });

// The schematron asks for string-length > 1: a blank or one-character value does not count.
const filled = (value: unknown) => typeof value === "string" && value.trim().length > 1;

export function intraCommunityFindings(view: VatView): Finding[] {
  if (!view.breakdowns.some((breakdown) => breakdown.category === "K")) return [];
  const subject = "Une facture avec un récapitulatif de TVA (BG-23) de catégorie « Livraison intracommunautaire »";
  const findings: Finding[] = [];
  if (!filled(view.deliveryDate) && !view.invoicingPeriodFilled)
    findings.push(fatal("BR-IC-11", `${subject} doit indiquer la date de livraison effective (BT-72) ou la période de facturation (BG-14).`, "BT-72"));
  if (!filled(view.deliveryCountryCode))
    findings.push(fatal("BR-IC-12", `${subject} doit indiquer le code pays de l'adresse de livraison (BT-80).`, "BT-80"));
  return findings;
}

export function notSubjectFindings(view: VatView): Finding[] {
  if (!view.breakdowns.some((breakdown) => breakdown.category === "O")) return [];
  const subject = "Une facture avec un récapitulatif de TVA (BG-23) de catégorie « Non soumis à la TVA »";
  const findings: Finding[] = [];
  // A breakdown without category counts as another one (normalize-space('') != 'O'); an item without category does not.
  const otherBreakdown = view.breakdowns.find((breakdown) => breakdown.category !== "O");
  if (otherBreakdown) findings.push(fatal("BR-O-11", `${subject} ne doit contenir aucun autre récapitulatif de TVA.`, otherBreakdown.location));
  const others: [string, { location: string; category?: string }[], string, string][] = [
    ["BR-O-12", view.lines, "aucune ligne (BG-25)", "BT-151"],
    ["BR-O-13", view.allowances, "aucune remise au niveau du document (BG-20)", "BT-95"],
    ["BR-O-14", view.charges, "aucune charge au niveau du document (BG-21)", "BT-102"],
  ];
  for (const [rule, items, what, codeTerm] of others) {
    const other = items.find((item) => item.category !== undefined && item.category !== "O");
    if (other) findings.push(fatal(rule, `${subject} ne doit contenir ${what} d'une autre catégorie de TVA (${codeTerm}).`, `${other.location}/${codeTerm}`));
  }
  return findings;
}
