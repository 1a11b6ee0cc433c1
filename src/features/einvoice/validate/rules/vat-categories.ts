// The nine VAT categories of EN 16931 (UNTDID 5305 subset) and how their rule families differ. Each family
// BR-<prefix>-01…10 has the same shape; this table holds what varies, read off the schematron's UBL binding.

/** BT-152 / BT-96 / BT-103 for the category: > 0, = 0, ≥ 0, or not given at all. */
export type RateRequirement = "positive" | "zero" | "nonNegative" | "absent";

/**
 * Which identifiers an invoice using the category must (or must not) carry, rules 02–04:
 * - sellerAny: seller VAT id (BT-31) or tax registration id (BT-32), or tax representative VAT id (BT-63);
 * - sellerVat: BT-31 or BT-63;
 * - sellerAnyAndBuyer: as sellerAny, and buyer VAT id (BT-48) or buyer legal registration id (BT-47);
 * - sellerVatAndBuyerVat: BT-31 or BT-63, and BT-48;
 * - noVatIds: none of BT-31, BT-63, BT-48.
 */
export type IdentifierRequirement = "sellerAny" | "sellerVat" | "sellerAnyAndBuyer" | "sellerVatAndBuyerVat" | "noVatIds";

export type VatCategoryRules = {
  code: string; // BT-118 / BT-151 / BT-95 / BT-102
  prefix: string; // rule ids: `${prefix}-01`…
  label: string; // French name, for messages
  /** Rule 01: "at least one" breakdown (S, L, M), or "exactly one" (the zero-tax categories and O). */
  breakdowns: "atLeastOne" | "exactlyOne";
  identifiers: IdentifierRequirement;
  rate: RateRequirement;
  /** Rules 08–09: per rate with a ±1 tolerance and tax = base × rate (S, L, M); else one exact base and a zero tax. */
  taxed: boolean;
  /** Rule 10: the breakdown's exemption reason (BT-120) or code (BT-121) is required, or forbidden. */
  exemptionReason: "required" | "forbidden";
};

export const VAT_CATEGORIES: readonly VatCategoryRules[] = [
  { code: "S", prefix: "BR-S", label: "Taux normal", breakdowns: "atLeastOne", identifiers: "sellerAny", rate: "positive", taxed: true, exemptionReason: "forbidden" },
  { code: "Z", prefix: "BR-Z", label: "Taux zéro", breakdowns: "exactlyOne", identifiers: "sellerAny", rate: "zero", taxed: false, exemptionReason: "forbidden" },
  { code: "E", prefix: "BR-E", label: "Exonéré de TVA", breakdowns: "exactlyOne", identifiers: "sellerAny", rate: "zero", taxed: false, exemptionReason: "required" },
  { code: "AE", prefix: "BR-AE", label: "Autoliquidation", breakdowns: "exactlyOne", identifiers: "sellerAnyAndBuyer", rate: "zero", taxed: false, exemptionReason: "required" },
  { code: "K", prefix: "BR-IC", label: "Livraison intracommunautaire", breakdowns: "exactlyOne", identifiers: "sellerVatAndBuyerVat", rate: "zero", taxed: false, exemptionReason: "required" },
  { code: "G", prefix: "BR-G", label: "Exportation hors de l'UE", breakdowns: "exactlyOne", identifiers: "sellerVat", rate: "zero", taxed: false, exemptionReason: "required" },
  { code: "O", prefix: "BR-O", label: "Non soumis à la TVA", breakdowns: "exactlyOne", identifiers: "noVatIds", rate: "absent", taxed: false, exemptionReason: "required" },
  // IGIC (Canary Islands) and IPSI (Ceuta and Melilla): named BR-AF / BR-AG before EN 16931 validation artefacts 1.3.
  { code: "L", prefix: "BR-IG", label: "IGIC (îles Canaries)", breakdowns: "atLeastOne", identifiers: "sellerAny", rate: "nonNegative", taxed: true, exemptionReason: "forbidden" },
  { code: "M", prefix: "BR-IP", label: "IPSI (Ceuta et Melilla)", breakdowns: "atLeastOne", identifiers: "sellerAny", rate: "nonNegative", taxed: true, exemptionReason: "forbidden" },
];

/** Former ids of renamed rule families (the CEN unit tests still use them): BR-AF-05 is BR-IG-05 today. */
export const FORMER_VAT_RULE_PREFIXES: Readonly<Record<string, string>> = { "BR-AF": "BR-IG", "BR-AG": "BR-IP" };

export const ruleId = (category: VatCategoryRules, number: number) => `${category.prefix}-${String(number).padStart(2, "0")}`;
