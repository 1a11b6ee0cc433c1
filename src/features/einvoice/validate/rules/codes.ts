// EN 16931 code-list rules (BR-CL-01 … BR-CL-26): every coded term of the invoice must belong to its official list
// (UNTDID, ISO, UN/ECE, CEF). A term that is absent is not checked here (the core rules say when it is required).
// BR-CL-03 (the currencyID of each amount) is judged on the syntax: readers call amountCurrencyFindings.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { RuleGroup } from "../rule.ts";
import { attachmentCodeFindings, documentCodeFindings } from "./codes-document.ts";
import { lineCodeFindings } from "./codes-lines.ts";
import { partyCodeFindings } from "./codes-parties.ts";
import { vatCodeFindings } from "./codes-vat.ts";

export { amountCurrencyFindings, UBL_AMOUNT_ELEMENTS, type AmountCurrency } from "./codes-amount-currency.ts";

const CHECKS = [documentCodeFindings, partyCodeFindings, vatCodeFindings, lineCodeFindings, attachmentCodeFindings];

export const codesRules: RuleGroup = (invoice, context) => {
  // A reader always gives an object; anything else is an invoice with no term at all.
  const read: ReadEInvoice = invoice !== null && typeof invoice === "object" ? invoice : {};
  return CHECKS.flatMap((check) => check(read, context));
};
