// BR-B-01 and BR-B-02, the Italian split payment (VAT category B), as the CEN artefacts check them: a category B
// anywhere (a line, a document level allowance or charge, a breakdown) asks for an invoice whose every country code is
// IT and which has no category S. Neither rule is in the categories' table (vat-categories.ts): B has no breakdown,
// identifier nor rate rules of its own.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import type { RuleContext } from "../rule.ts";
import type { VatView } from "./vat-view.ts";

const fatal = (rule: string, message: string, location: string): Finding => ({ rule, severity: "fatal", message, location });

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
const countryOf = (party: unknown) => asRecord(asRecord(party).address).countryCode;

/**
 * Every country code of the invoice, as the artefact gathers them: UBL's //cbc:IdentificationCode (the addresses and
 * the items' country of origin, BT-159), CII's //ram:CountryID (the addresses only: CII writes BT-159 as an ID).
 */
function countryCodes(invoice: ReadEInvoice, context?: RuleContext): unknown[] {
  const root = asRecord(invoice);
  const addresses = [root.seller, root.buyer, root.taxRepresentative, root.delivery].map(countryOf);
  const origins = context?.syntax === "CII" ? [] : (Array.isArray(root.lines) ? root.lines : []).map((line) => asRecord(line).originCountry);
  return [...addresses, ...origins].filter((code) => code !== undefined);
}

export function splitPaymentFindings(invoice: ReadEInvoice, view: VatView, context?: RuleContext): Finding[] {
  const items = [...view.lines, ...view.allowancesAndCharges, ...view.breakdowns];
  if (!items.some((item) => item.category === "B")) return [];
  const subject = "Une facture portant la catégorie de TVA « Autoliquidation fractionnée » (B, split payment)";
  const findings: Finding[] = [];
  const foreign = countryCodes(invoice, context).find((code) => code !== "IT");
  if (foreign !== undefined) findings.push(fatal("BR-B-01", `${subject} doit être une facture domestique italienne (code pays ${String(foreign)}).`, "BT-40"));
  const standard = items.find((item) => item.category === "S");
  if (standard) findings.push(fatal("BR-B-02", `${subject} ne doit porter aucune catégorie « Taux normal » (S).`, standard.location));
  return findings;
}
