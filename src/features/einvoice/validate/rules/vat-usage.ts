// Rules 01–04 of each VAT category: an invoice that uses the category (on a line, a document level allowance or
// charge) has its VAT breakdown (BG-23), and the seller/buyer identifiers the category calls for.
import type { Finding } from "../finding.ts";
import type { RuleContext } from "../rule.ts";
import { ruleId, type IdentifierRequirement, type VatCategoryRules } from "./vat-categories.ts";
import type { CategorizedItem, VatView } from "./vat-view.ts";

const fatal = (rule: string, message: string, location: string): Finding => ({ rule, severity: "fatal", message, location });

const inCategory = (category: VatCategoryRules) => (item: { category?: string }) => item.category === category.code;

/**
 * Rule 01 of S, L and M as the CII artefact counts: the lines of the category plus the breakdowns of the category must
 * be two at least when a line has it, and so must the allowances and charges plus the breakdowns; a breakdown alone
 * is not checked.
 */
function ciiAtLeastOneBreaks(category: VatCategoryRules, view: VatView, breakdowns: number): boolean {
  const lines = view.lines.filter(inCategory(category)).length;
  const allowancesAndCharges = view.allowancesAndCharges.filter(inCategory(category)).length;
  return (lines > 0 && lines + breakdowns < 2) || (allowancesAndCharges > 0 && allowancesAndCharges + breakdowns < 2);
}

/** Rule 01. Counts every document level allowance or charge, and (like the UBL schematron) a breakdown of S, L or M
 * with nothing of its category is wrong too, while a lone breakdown of the other categories counts as a use. */
export function breakdownPresenceFindings(category: VatCategoryRules, view: VatView, context?: RuleContext): Finding[] {
  const rule = ruleId(category, 1);
  const used = view.lines.some(inCategory(category)) || view.allowancesAndCharges.some(inCategory(category));
  const breakdowns = view.breakdowns.filter(inCategory(category));
  const subject = `Une facture contenant une ligne (BG-25), une remise (BG-20) ou une charge (BG-21) de catégorie de TVA « ${category.label} » (BT-151, BT-95 ou BT-102)`;
  if (category.breakdowns === "atLeastOne" && context?.syntax === "CII") {
    return ciiAtLeastOneBreaks(category, view, breakdowns.length)
      ? [fatal(rule, `${subject} doit contenir au moins un récapitulatif de TVA (BG-23) de catégorie « ${category.label} » (BT-118).`, "BG-23")]
      : [];
  }
  if (category.breakdowns === "atLeastOne") {
    if (used && breakdowns.length === 0)
      return [fatal(rule, `${subject} doit contenir au moins un récapitulatif de TVA (BG-23) de catégorie « ${category.label} » (BT-118).`, "BG-23")];
    if (!used && breakdowns.length > 0)
      return [
        fatal(
          rule,
          `Le récapitulatif de TVA (BG-23) de catégorie « ${category.label} » (BT-118) ne correspond à aucune ligne, remise ou charge de cette catégorie.`,
          breakdowns[0].location,
        ),
      ];
    return [];
  }
  // BR-O-01 in CII starts from the breakdowns: without one of category O nothing is checked, with one a line, an
  // allowance or a charge of category O must exist (the other categories are checked both ways, as in UBL).
  if (category.code === "O" && context?.syntax === "CII" && breakdowns.length === 1 && !used) {
    return [fatal(rule, `Le récapitulatif de TVA (BG-23) de catégorie « ${category.label} » (BT-118) ne correspond à aucune ligne, remise ou charge de cette catégorie.`, breakdowns[0].location)];
  }
  if (category.code === "O" && context?.syntax === "CII" && breakdowns.length === 0) return [];
  if ((used || breakdowns.length > 0) && breakdowns.length !== 1) {
    const found = breakdowns.length === 0 ? "n'en contient aucun" : `en contient ${breakdowns.length}`;
    return [fatal(rule, `${subject} doit contenir exactement un récapitulatif de TVA (BG-23) de catégorie « ${category.label} » (BT-118) ; elle ${found}.`, breakdowns[1]?.location ?? "BG-23")];
  }
  return [];
}

const REQUIRED_IDENTIFIERS: Record<Exclude<IdentifierRequirement, "noVatIds">, string> = {
  sellerAny: "le numéro de TVA du vendeur (BT-31), son identifiant d'enregistrement fiscal (BT-32) ou le numéro de TVA de son représentant fiscal (BT-63)",
  sellerVat: "le numéro de TVA du vendeur (BT-31) ou celui de son représentant fiscal (BT-63)",
  sellerAnyAndBuyer:
    "le numéro de TVA du vendeur (BT-31), son identifiant d'enregistrement fiscal (BT-32) ou le numéro de TVA de son représentant fiscal (BT-63), ainsi que le numéro de TVA de l'acheteur (BT-48) ou son identifiant légal (BT-47)",
  sellerVatAndBuyerVat: "le numéro de TVA du vendeur (BT-31) ou celui de son représentant fiscal (BT-63), ainsi que le numéro de TVA de l'acheteur (BT-48)",
};

/** The term that breaks the requirement (the missing one, or for "noVatIds" the one present), or undefined when it holds. */
function identifierBreach(requirement: IdentifierRequirement, view: VatView): string | undefined {
  const sellerVat = view.sellerVatId || view.taxRepresentativeVatId;
  const sellerAny = sellerVat || view.sellerTaxRegistrationId;
  switch (requirement) {
    case "sellerAny":
      return sellerAny ? undefined : "BT-31";
    case "sellerVat":
      return sellerVat ? undefined : "BT-31";
    case "sellerAnyAndBuyer":
      return !sellerAny ? "BT-31" : view.buyerVatId || view.buyerLegalId ? undefined : "BT-48";
    case "sellerVatAndBuyerVat":
      return !sellerVat ? "BT-31" : view.buyerVatId ? undefined : "BT-48";
    case "noVatIds":
      return view.sellerVatId ? "BT-31" : view.taxRepresentativeVatId ? "BT-63" : view.buyerVatId ? "BT-48" : undefined;
  }
}

/** Rules 02 (lines), 03 (document level allowances), 04 (document level charges). */
export function identifierFindings(category: VatCategoryRules, view: VatView): Finding[] {
  const uses: [number, CategorizedItem[], string][] = [
    [2, view.lines, "une ligne (BG-25) de catégorie de TVA"],
    [3, view.allowances, "une remise au niveau du document (BG-20) de catégorie de TVA"],
    [4, view.charges, "une charge au niveau du document (BG-21) de catégorie de TVA"],
  ];
  const breach = identifierBreach(category.identifiers, view);
  if (breach === undefined) return [];
  const codeTerm = ["BT-151", "BT-95", "BT-102"];
  return uses
    .filter(([, items]) => items.some(inCategory(category)))
    .map(([number, , what]) => {
      const subject = `Une facture contenant ${what} « ${category.label} » (${codeTerm[number - 2]})`;
      const predicate =
        category.identifiers === "noVatIds"
          ? "ne doit contenir ni le numéro de TVA du vendeur (BT-31), ni celui de son représentant fiscal (BT-63), ni celui de l'acheteur (BT-48)"
          : `doit contenir ${REQUIRED_IDENTIFIERS[category.identifiers]}`;
      return fatal(ruleId(category, number), `${subject} ${predicate}.`, breach);
    });
}
