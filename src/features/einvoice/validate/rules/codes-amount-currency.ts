// BR-CL-03: the currency of every amount (its currencyID attribute) must be an ISO 4217 alpha-3 code. The semantic
// model keeps no currency per amount (every amount is in BT-5, BT-111 in BT-6), so this rule is judged on the syntax:
// a reader collects the currencyIDs it meets (UBL: every amount element below; CII: TaxTotalAmount) and adds these
// findings to its syntax findings.
import { CURRENCY_CODES } from "@/features/einvoice/model/code-lists/iso-4217.ts";
import type { Finding } from "../finding.ts";
import { codeFinding } from "./codes-support.ts";

/** One amount of the file: its currencyID as written (undefined when the attribute is absent) and where it is. */
export type AmountCurrency = { currencyId: string | undefined; location: string };

/**
 * The UBL elements the UBL binding of BR-CL-03 checks. Its context is the element itself, so an amount without a
 * currencyID breaks the rule too (normalize-space of the missing attribute is empty).
 */
export const UBL_AMOUNT_ELEMENTS: ReadonlySet<string> = new Set([
  "Amount",
  "BaseAmount",
  "PriceAmount",
  "TaxAmount",
  "TaxableAmount",
  "LineExtensionAmount",
  "TaxExclusiveAmount",
  "TaxInclusiveAmount",
  "AllowanceTotalAmount",
  "ChargeTotalAmount",
  "PrepaidAmount",
  "PayableRoundingAmount",
  "PayableAmount",
]);

export function amountCurrencyFindings(amounts: readonly AmountCurrency[]): Finding[] {
  if (!Array.isArray(amounts)) return [];
  return amounts.flatMap((amount) =>
    codeFinding({
      rule: "BR-CL-03",
      list: CURRENCY_CODES,
      value: typeof amount?.currencyId === "string" ? amount.currencyId : "",
      location: typeof amount?.location === "string" ? amount.location : "",
      term: "Le code de devise (currencyID) d'un montant",
      listName: "la liste ISO 4217 des codes de devise (alpha-3)",
    }),
  );
}
