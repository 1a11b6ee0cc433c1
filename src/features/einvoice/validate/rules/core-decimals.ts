// EN 16931 BR-DEC rules: the amounts the standard names carry at most 2 decimals. Like the schematron
// (string-length(substring-after(x, '.')) <= 2) the test reads the amount as written, not its value: "1.000" fails.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import { allowancesAndCharges, fatal, rec, records } from "./core-support.ts";

const MAX_DECIMALS = 2;

type DecimalRule = { rule: string; term: string; label: string };

/** Too many decimals: more than two characters after the first "." of the written amount. */
export function hasTooManyDecimals(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const dot = value.indexOf(".");
  return dot >= 0 && value.length - dot - 1 > MAX_DECIMALS;
}

function check(value: unknown, { rule, term, label }: DecimalRule, where: string): Finding[] {
  if (!hasTooManyDecimals(value)) return [];
  const location = where ? `${where}/${term}` : term;
  return [fatal(rule, `Le nombre maximal de décimales autorisé pour ${label} (${term}) est 2 (indiqué : ${String(value).trim()}).`, location)];
}

const TOTALS: { field: keyof NonNullable<ReadEInvoice["totals"]>; rule: DecimalRule }[] = [
  { field: "lineNetTotal", rule: { rule: "BR-DEC-09", term: "BT-106", label: "la somme des montants nets des lignes de facture" } },
  { field: "allowanceTotal", rule: { rule: "BR-DEC-10", term: "BT-107", label: "la somme des remises au niveau du document" } },
  { field: "chargeTotal", rule: { rule: "BR-DEC-11", term: "BT-108", label: "la somme des charges au niveau du document" } },
  { field: "taxExclusive", rule: { rule: "BR-DEC-12", term: "BT-109", label: "le montant total de la facture hors TVA" } },
  { field: "taxTotal", rule: { rule: "BR-DEC-13", term: "BT-110", label: "le montant total de TVA de la facture" } },
  { field: "taxInclusive", rule: { rule: "BR-DEC-14", term: "BT-112", label: "le montant total de la facture TVA comprise" } },
  { field: "taxTotalInTaxCurrency", rule: { rule: "BR-DEC-15", term: "BT-111", label: "le montant total de TVA dans la devise de comptabilisation" } },
  { field: "prepaid", rule: { rule: "BR-DEC-16", term: "BT-113", label: "le montant payé" } },
  { field: "rounding", rule: { rule: "BR-DEC-17", term: "BT-114", label: "le montant de l'arrondi" } },
  { field: "amountDue", rule: { rule: "BR-DEC-18", term: "BT-115", label: "le montant à payer" } },
];

const DOCUMENT_ALLOWANCE = {
  group: "BG-20",
  amount: { rule: "BR-DEC-01", term: "BT-92", label: "le montant d'une remise au niveau du document" },
  base: { rule: "BR-DEC-02", term: "BT-93", label: "l'assiette d'une remise au niveau du document" },
};
const DOCUMENT_CHARGE = {
  group: "BG-21",
  amount: { rule: "BR-DEC-05", term: "BT-99", label: "le montant d'une charge au niveau du document" },
  base: { rule: "BR-DEC-06", term: "BT-100", label: "l'assiette d'une charge au niveau du document" },
};
const LINE_ALLOWANCE = {
  group: "BG-27",
  amount: { rule: "BR-DEC-24", term: "BT-136", label: "le montant d'une remise sur une ligne de facture" },
  base: { rule: "BR-DEC-25", term: "BT-137", label: "l'assiette d'une remise sur une ligne de facture" },
};
const LINE_CHARGE = {
  group: "BG-28",
  amount: { rule: "BR-DEC-27", term: "BT-141", label: "le montant d'une charge sur une ligne de facture" },
  base: { rule: "BR-DEC-28", term: "BT-142", label: "l'assiette d'une charge sur une ligne de facture" },
};
const BREAKDOWN = {
  taxable: { rule: "BR-DEC-19", term: "BT-116", label: "la base imposable d'une catégorie de TVA" },
  tax: { rule: "BR-DEC-20", term: "BT-117", label: "le montant de TVA d'une catégorie" },
};
const LINE_NET = { rule: "BR-DEC-23", term: "BT-131", label: "le montant net d'une ligne de facture" };

type AllowanceChargeRules = { group: string; amount: DecimalRule; base: DecimalRule };
type ReadAllowanceCharge = NonNullable<ReadEInvoice["allowancesCharges"]>[number];

function allowanceChargeDecimals(
  items: ReadAllowanceCharge[] | undefined,
  rules: { allowance: AllowanceChargeRules; charge: AllowanceChargeRules },
  within: string,
): Finding[] {
  const { allowances, charges } = allowancesAndCharges(items);
  const groups = [
    { entries: allowances, rules: rules.allowance },
    { entries: charges, rules: rules.charge },
  ];
  return groups.flatMap(({ entries, rules: { group, amount, base } }) =>
    entries.flatMap(({ item, position }) => {
      const where = `${within}${group}[${position}]`;
      return [...check(item.amount, amount, where), ...check(item.baseAmount, base, where)];
    }),
  );
}

export function decimalFindings(invoice: ReadEInvoice): Finding[] {
  const totals = rec(invoice.totals);
  return [
    ...allowanceChargeDecimals(invoice.allowancesCharges, { allowance: DOCUMENT_ALLOWANCE, charge: DOCUMENT_CHARGE }, ""),
    ...TOTALS.flatMap(({ field, rule }) => check(totals?.[field], rule, "")),
    ...records(invoice.vatBreakdown).flatMap((breakdown, index) => [
      ...check(breakdown.taxableAmount, BREAKDOWN.taxable, `BG-23[${index + 1}]`),
      ...check(breakdown.taxAmount, BREAKDOWN.tax, `BG-23[${index + 1}]`),
    ]),
    ...records(invoice.lines).flatMap((line, index) => [
      ...check(line.lineNet, LINE_NET, `BG-25[${index + 1}]`),
      ...allowanceChargeDecimals(line.allowances, { allowance: LINE_ALLOWANCE, charge: LINE_CHARGE }, `BG-25[${index + 1}]/`),
    ]),
  ];
}
