// The VAT total in accounting currency (BT-6, BT-111) as the CEN's CII artefact checks it, on the syntax: the model
// keeps BT-111 only when BT-6 differs from BT-5, while the artefact looks at every TaxTotalAmount of the summation.
// BR-53: with BT-6, a TaxTotalAmount in BT-6 must be given, and BT-6 must not be BT-5. BR-DEC-15: with BT-6 and any
// TaxTotalAmount, one in BT-6 must have at most two decimals. Both are checked only where the summation is.
import type { XmlNode } from "../../read/safe-xml.ts";
import { child, children, textAt } from "../../read/safe-xml.ts";
import type { Finding } from "../finding.ts";

const TWO_DECIMALS = /^\s*[+-]?(\d+(\.\d{0,2})?|\.\d{1,2})\s*$/;

export function ciiTaxCurrencyFindings(root: XmlNode): Finding[] {
  const settlement = child(child(root, "SupplyChainTradeTransaction"), "ApplicableHeaderTradeSettlement");
  const summation = child(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation");
  // A repeated TaxCurrencyCode (or InvoiceCurrencyCode) is compared as XPath does: any one of them may match.
  const taxCurrencies = new Set(children(settlement, "TaxCurrencyCode").map((code) => code.text));
  const invoiceCurrencies = children(settlement, "InvoiceCurrencyCode").map((code) => code.text);
  const taxCurrency = textAt(settlement, "TaxCurrencyCode");
  if (!summation || taxCurrencies.size === 0) return [];
  const inTaxCurrency = children(summation, "TaxTotalAmount").filter((amount) => taxCurrencies.has(amount.attrs.currencyID));
  const findings: Finding[] = [];
  if (inTaxCurrency.length === 0 || invoiceCurrencies.some((currency) => taxCurrencies.has(currency))) {
    findings.push({
      rule: "BR-53",
      severity: "fatal",
      location: "BT-111",
      message: `Le code de devise de comptabilisation de la TVA (BT-6) « ${taxCurrency ?? ""} » doit être distinct de la devise de la facture (BT-5), et le montant total de TVA dans cette devise (BT-111) doit être fourni.`,
    });
  }
  // Without any TaxTotalAmount the artefact does not check the decimals (BR-53 says what is missing).
  const anyTaxTotal = children(summation, "TaxTotalAmount").length > 0;
  if (anyTaxTotal && !inTaxCurrency.some((amount) => TWO_DECIMALS.test(amount.text))) {
    findings.push({
      rule: "BR-DEC-15",
      severity: "fatal",
      location: "BT-111",
      message: `Le montant total de TVA dans la devise de comptabilisation (BT-111, ${taxCurrency ?? ""}) doit être donné avec au plus deux décimales.`,
    });
  }
  return findings;
}
