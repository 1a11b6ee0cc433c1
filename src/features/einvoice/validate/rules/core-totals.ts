// EN 16931 core rules on the document totals (BG-22): the mandatory totals (BR-12..15) and the calculations
// BR-CO-10..16 — line sum, allowance and charge sums, total without VAT, VAT total = Σ breakdown, total with VAT and
// amount due — with the schematron's rounding: round(x * 100) div 100, exact decimal arithmetic.
import type Decimal from "decimal.js";
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import type { RuleContext } from "../rule.ts";
import { allowancesAndCharges, decimalOf, exists, fatal, filled, normalizeSpace, rec, records, round2, shown, sumOf } from "./core-support.ts";

type ReadTotals = NonNullable<ReadEInvoice["totals"]>;

export const MANDATORY_TOTALS = [
  { rule: "BR-12", term: "lineNetTotal", location: "BT-106", message: "La facture doit comporter la somme des montants nets des lignes de facture (BT-106)." },
  { rule: "BR-13", term: "taxExclusive", location: "BT-109", message: "La facture doit comporter le montant total de la facture hors TVA (BT-109)." },
  { rule: "BR-14", term: "taxInclusive", location: "BT-112", message: "La facture doit comporter le montant total de la facture TVA comprise (BT-112)." },
  { rule: "BR-15", term: "amountDue", location: "BT-115", message: "La facture doit comporter le montant à payer (BT-115)." },
] as const;

/** The term equals the expected value (both numbers); a malformed term or a failed sum never does. */
function equals(term: unknown, expected: Decimal | null | undefined): boolean {
  const value = decimalOf(term);
  return value !== null && value !== undefined && expected !== null && expected !== undefined && value.eq(expected);
}

const stated = (term: unknown, expected: Decimal | null | undefined) =>
  `(indiqué : ${shown(term)}${expected ? `, calculé : ${shown(expected)}` : ""})`;

/** a + b - c with absent terms counted as 0; null when a given term is malformed. */
function combine(plus: unknown[], minus: unknown[]): Decimal | null {
  const added = sumOf(plus);
  const taken = sumOf(minus);
  return added === null || taken === null ? null : added.minus(taken);
}

function sumFindings(invoice: ReadEInvoice, totals: ReadTotals): Finding[] {
  const findings: Finding[] = [];
  if (exists(totals.lineNetTotal)) {
    const lineSum = sumOf(records(invoice.lines).map((line) => line.lineNet));
    const expected = lineSum && round2(lineSum);
    if (!equals(totals.lineNetTotal, expected)) {
      findings.push(
        fatal("BR-CO-10", `La somme des montants nets des lignes (BT-131) doit être égale au total des montants nets des lignes (BT-106) ${stated(totals.lineNetTotal, expected)}.`, "BT-106"),
      );
    }
  }
  const { allowances, charges } = allowancesAndCharges(invoice.allowancesCharges);
  const sides = [
    { rule: "BR-CO-11", term: totals.allowanceTotal, items: allowances, location: "BT-107", what: "remises au niveau du document", detail: "BT-92" },
    { rule: "BR-CO-12", term: totals.chargeTotal, items: charges, location: "BT-108", what: "charges au niveau du document", detail: "BT-99" },
  ];
  for (const { rule, term, items, location, what, detail } of sides) {
    if (!exists(term) && items.length === 0) continue;
    const sum = sumOf(items.map(({ item }) => item.amount));
    const expected = sum && round2(sum);
    if (!equals(term, expected)) {
      findings.push(fatal(rule, `La somme des ${what} (${location}) doit être égale au total des montants des ${what} (${detail}) ${stated(term, expected)}.`, location));
    }
  }
  return findings;
}

const SUMMATION_AMOUNTS = ["lineNetTotal", "allowanceTotal", "chargeTotal", "taxExclusive", "taxTotal", "taxInclusive", "prepaid", "rounding", "amountDue"] as const;

/**
 * The CII artefact checks BR-CO-13 and BR-CO-16 on its summation whatever is missing (a missing amount makes the
 * equality false), the UBL one only when the amounts are there. Without any amount the summation itself is missing
 * (the CII schema requires it): BR-12..15 say so, and the equalities are not checked.
 */
const missingAmountBreaks = (totals: ReadTotals, context: RuleContext) =>
  context.syntax === "CII" && SUMMATION_AMOUNTS.some((term) => exists(totals[term]));

function taxExclusiveFindings(totals: ReadTotals, context: RuleContext): Finding[] {
  if ((!exists(totals.taxExclusive) || !exists(totals.lineNetTotal)) && !missingAmountBreaks(totals, context)) return [];
  const hasAllowances = exists(totals.allowanceTotal);
  const hasCharges = exists(totals.chargeTotal);
  const raw = combine([totals.lineNetTotal, totals.chargeTotal], [totals.allowanceTotal]);
  // Without allowances nor charges the schematron compares BT-109 with BT-106 itself, unrounded.
  const expected = exists(totals.lineNetTotal) ? raw && (hasAllowances || hasCharges ? round2(raw) : raw) : null;
  if (equals(totals.taxExclusive, expected)) return [];
  return [
    fatal(
      "BR-CO-13",
      `Le montant total hors TVA (BT-109) doit être égal à la somme des montants nets des lignes (BT-106) moins les remises (BT-107) plus les charges (BT-108) au niveau du document ${stated(totals.taxExclusive, expected)}.`,
      "BT-109",
    ),
  ];
}

function vatTotalFindings(invoice: ReadEInvoice, totals: ReadTotals): Finding[] {
  if (Array.isArray(totals.taxTotalsWithBreakdown)) return taxTotalsAsReadFindings(totals.taxTotalsWithBreakdown);
  const breakdowns = records(invoice.vatBreakdown);
  if (!exists(totals.taxTotal) || breakdowns.length === 0) return [];
  const sum = sumOf(breakdowns.map((breakdown) => breakdown.taxAmount));
  const expected = sum && round2(sum);
  if (equals(totals.taxTotal, expected)) return [];
  return [
    fatal(
      "BR-CO-14",
      `Le montant total de TVA de la facture (BT-110) doit être égal à la somme des montants de TVA par catégorie (BT-117) ${stated(totals.taxTotal, expected)}.`,
      "BT-110",
    ),
  ];
}

/** BR-CO-14 on each UBL TaxTotal holding subtotals, kept as read (the CEN UBL artefact's reading): its TaxAmount = Σ its own. */
function taxTotalsAsReadFindings(taxTotals: NonNullable<ReadTotals["taxTotalsWithBreakdown"]>): Finding[] {
  for (const taxTotal of records(taxTotals)) {
    const sum = sumOf(Array.isArray(taxTotal.subtotalTaxAmounts) ? taxTotal.subtotalTaxAmounts : []);
    const expected = sum && round2(sum);
    if (equals(taxTotal.taxAmount, expected)) continue;
    return [
      fatal(
        "BR-CO-14",
        `Le montant de TVA de chaque TaxTotal portant une ventilation doit être égal à la somme de ses montants de TVA par catégorie (BT-117) ${stated(taxTotal.taxAmount, expected)}.`,
        "BT-110",
      ),
    ];
  }
  return [];
}

/**
 * BR-CO-15 as the CEN artefacts check it: BT-110 given exactly once in the invoice currency (BT-5; nothing is checked
 * without one) and BT-112 = BT-109 + BT-110, rounded; a missing BT-109 or BT-112 breaks it too. The CII artefact
 * also accepts BT-112 = BT-109 whatever the VAT totals (an invoice without VAT); the UBL one does not.
 */
function taxInclusiveFindings(invoice: ReadEInvoice, totals: ReadTotals, context: RuleContext): Finding[] {
  if (!filled(invoice.currency)) return [];
  const occurrences = Array.isArray(totals.taxTotalOccurrences) ? totals.taxTotalOccurrences.length : exists(totals.taxTotal) ? 1 : 0;
  const raw = occurrences === 1 ? combine([totals.taxExclusive, totals.taxTotal], []) : null;
  const expected = raw && exists(totals.taxExclusive) ? round2(raw) : null;
  if (exists(totals.taxInclusive) && equals(totals.taxInclusive, expected)) return [];
  if (context.syntax === "CII" && exists(totals.taxExclusive) && equals(totals.taxInclusive, decimalOf(totals.taxExclusive))) return [];
  if (occurrences !== 1) {
    return [
      fatal(
        "BR-CO-15",
        `Le montant total de TVA de la facture (BT-110) doit être donné une seule fois dans la devise de la facture (${normalizeSpace(invoice.currency)}) : trouvé ${occurrences} fois.`,
        "BT-110",
      ),
    ];
  }
  return [
    fatal(
      "BR-CO-15",
      `Le montant total TVA comprise (BT-112) doit être égal au montant total hors TVA (BT-109) plus le montant total de TVA (BT-110) ${stated(totals.taxInclusive, expected)}.`,
      "BT-112",
    ),
  ];
}

function amountDueFindings(totals: ReadTotals, context: RuleContext): Finding[] {
  if ((!exists(totals.amountDue) || !exists(totals.taxInclusive)) && !missingAmountBreaks(totals, context)) return [];
  const withoutPrepaid = combine([totals.taxInclusive], [totals.prepaid]);
  const expected = withoutPrepaid && (exists(totals.prepaid) ? round2(withoutPrepaid) : withoutPrepaid);
  let holds: boolean;
  if (!exists(totals.amountDue) || !exists(totals.taxInclusive)) holds = false;
  else if (exists(totals.rounding)) {
    // BT-115 - BT-114, rounded, against BT-112 - BT-113 (rounded when BT-113 is given).
    const beforeRounding = combine([totals.amountDue], [totals.rounding]);
    holds = beforeRounding !== null && expected !== null && round2(beforeRounding).eq(expected);
  } else {
    holds = equals(totals.amountDue, expected);
  }
  if (holds) return [];
  const shownExpected = expected && exists(totals.rounding) ? round2(expected.plus(decimalOf(totals.rounding) ?? 0)) : expected;
  return [
    fatal(
      "BR-CO-16",
      `Le montant à payer (BT-115) doit être égal au montant total TVA comprise (BT-112) moins le montant payé (BT-113) plus l'arrondi (BT-114) ${stated(totals.amountDue, shownExpected)}.`,
      "BT-115",
    ),
  ];
}

/**
 * In CII these rules look into SpecifiedTradeSettlementHeaderMonetarySummation and check nothing without it (BR-CO-15,
 * checked from the root, still refuses such an invoice): BR-12..15 are judged on the syntax (rules/cii-summation.ts),
 * the equalities only when the summation gave an amount.
 */
export function totalsFindings(invoice: ReadEInvoice, context: RuleContext): Finding[] {
  const totals: ReadTotals = rec(invoice.totals) ?? {};
  const noCiiSummation = context.syntax === "CII" && !SUMMATION_AMOUNTS.some((term) => exists(totals[term]));
  if (noCiiSummation) return taxInclusiveFindings(invoice, totals, context);
  const findings: Finding[] =
    context.syntax === "CII"
      ? []
      : MANDATORY_TOTALS.filter(({ term }) => !exists(totals[term])).map(({ rule, message, location }) => fatal(rule, message, location));
  return [
    ...findings,
    ...sumFindings(invoice, totals),
    ...taxExclusiveFindings(totals, context),
    ...vatTotalFindings(invoice, totals),
    ...taxInclusiveFindings(invoice, totals, context),
    ...amountDueFindings(totals, context),
  ];
}
