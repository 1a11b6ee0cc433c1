// CII ApplicableHeaderTradeSettlement → currencies, payee, payment (BG-16..19), VAT breakdown (BG-23),
// document allowances and charges (BG-20/21), invoicing period (BG-14), totals (BG-22) and preceding invoices (BG-3).
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { child, children, textAt, type XmlNode } from "../safe-xml.ts";
import { compact, dateAt, firstText, joinedText, nonEmpty } from "./cii-values.ts";
import { readAllowanceCharge, readPeriod } from "./cii-lines.ts";
import { readPayee } from "./cii-parties.ts";

/** BT-8 is coded with UNTDID 2475 in CII and with UNTDID 2005 in the model (as in UBL); other codes stay raw. */
const VAT_POINT_DATE_CODE_2005: Record<string, string> = { "5": "3", "29": "35", "72": "432" };

function vatBreakdown(node: XmlNode): NonNullable<ReadEInvoice["vatBreakdown"]>[number] {
  return (
    compact({
      taxableAmount: textAt(node, "BasisAmount"), // BT-116
      taxAmount: textAt(node, "CalculatedAmount"), // BT-117
      category: textAt(node, "CategoryCode"), // BT-118
      rate: textAt(node, "RateApplicablePercent"), // BT-119
      exemptionReason: textAt(node, "ExemptionReason"), // BT-120
      exemptionReasonCode: textAt(node, "ExemptionReasonCode"), // BT-121
    }) ?? {}
  );
}

/**
 * BG-16: CII repeats SpecifiedTradeSettlementPaymentMeans, one creditor account each: the means code and text come
 * from the first one, the accounts (BG-17) from all of them.
 */
function payment(settlement: XmlNode): ReadEInvoice["payment"] {
  const means = children(settlement, "SpecifiedTradeSettlementPaymentMeans");
  const terms = children(settlement, "SpecifiedTradePaymentTerms");
  const accounts = means.flatMap((mean) => {
    const account = child(mean, "PayeePartyCreditorFinancialAccount");
    const read = compact({
      iban: textAt(account, "IBANID") ?? textAt(account, "ProprietaryID"), // BT-84
      name: textAt(account, "AccountName"), // BT-85
      bic: textAt(mean, "PayeeSpecifiedCreditorFinancialInstitution/BICID"), // BT-86
    });
    return read ? [read] : [];
  });
  const card = means.map((mean) => child(mean, "ApplicableTradeSettlementFinancialCard")).find(Boolean);
  return compact({
    meansCode: firstText(means, "TypeCode"), // BT-81
    meansText: firstText(means, "Information"), // BT-82
    remittanceInformation: textAt(settlement, "PaymentReference"), // BT-83
    accounts: nonEmpty(accounts),
    card: card && compact({ pan: textAt(card, "ID"), holder: textAt(card, "CardholderName") }), // BG-18
    directDebit: compact({
      mandateReference: firstText(terms, "DirectDebitMandateID"), // BT-89
      creditorId: textAt(settlement, "CreditorReferenceID"), // BT-90
      debitedAccount: firstText(means, "PayerPartyDebtorFinancialAccount/IBANID"), // BT-91
    }),
    terms: joinedText(terms, "Description"), // BT-20
  });
}

/**
 * BG-22. TaxTotalAmount may come twice: BT-110 in the invoice currency (or without currencyID), BT-111 in the tax
 * currency (BT-6). One in another currency still counts as BT-110 when nothing else does, so the amount is not lost.
 */
/** BR-CO-15 wants BT-110 once with currencyID = BT-5: every such amount, when there are not exactly one. */
function taxTotalsInCurrency(summation: XmlNode | undefined, currency: string | undefined): string[] | undefined {
  if (currency === undefined) return undefined;
  const amounts = children(summation, "TaxTotalAmount").filter((amount) => amount.attrs.currencyID === currency);
  return amounts.length === 1 ? undefined : amounts.map((amount) => amount.text);
}

function totals(summation: XmlNode | undefined, currency: string | undefined, taxCurrency: string | undefined): ReadEInvoice["totals"] {
  let taxTotal: string | undefined;
  let taxTotalInTaxCurrency: string | undefined;
  const unassigned: string[] = [];
  for (const amount of children(summation, "TaxTotalAmount")) {
    if (amount.text === "") continue;
    const amountCurrency = amount.attrs.currencyID || undefined;
    if (taxCurrency && taxCurrency !== currency && amountCurrency === taxCurrency) taxTotalInTaxCurrency ??= amount.text;
    else if (amountCurrency === undefined || amountCurrency === currency) taxTotal ??= amount.text;
    else unassigned.push(amount.text);
  }
  return compact({
    lineNetTotal: textAt(summation, "LineTotalAmount"), // BT-106
    allowanceTotal: textAt(summation, "AllowanceTotalAmount"), // BT-107
    chargeTotal: textAt(summation, "ChargeTotalAmount"), // BT-108
    taxExclusive: textAt(summation, "TaxBasisTotalAmount"), // BT-109
    taxTotal: taxTotal ?? unassigned[0], // BT-110
    taxInclusive: textAt(summation, "GrandTotalAmount"), // BT-112
    prepaid: textAt(summation, "TotalPrepaidAmount"), // BT-113
    rounding: textAt(summation, "RoundingAmount"), // BT-114
    amountDue: textAt(summation, "DuePayableAmount"), // BT-115
    taxTotalInTaxCurrency, // BT-111
    taxTotalOccurrences: taxTotalsInCurrency(summation, currency),
  });
}

export function readSettlement(settlement: XmlNode | undefined): Partial<ReadEInvoice> {
  if (!settlement) return {};
  const currency = textAt(settlement, "InvoiceCurrencyCode");
  const taxCurrency = textAt(settlement, "TaxCurrencyCode");
  const taxes = children(settlement, "ApplicableTradeTax");
  const vatPointDateCode = firstText(taxes, "DueDateTypeCode");
  const taxPoint = taxes.map((tax) => dateAt(tax, "TaxPointDate/DateString")).find(Boolean);
  return {
    currency, // BT-5
    taxCurrency, // BT-6
    taxPointDate: taxPoint, // BT-7
    vatPointDateCode: vatPointDateCode && (VAT_POINT_DATE_CODE_2005[vatPointDateCode] ?? vatPointDateCode), // BT-8
    dueDate: children(settlement, "SpecifiedTradePaymentTerms")
      .map((terms) => dateAt(terms, "DueDateDateTime/DateTimeString"))
      .find(Boolean), // BT-9
    buyerAccountingReference: textAt(settlement, "ReceivableSpecifiedTradeAccountingAccount/ID"), // BT-19
    payee: readPayee(child(settlement, "PayeeTradeParty")),
    payment: payment(settlement),
    vatBreakdown: nonEmpty(taxes.map(vatBreakdown)),
    invoicingPeriod: readPeriod(child(settlement, "BillingSpecifiedPeriod")),
    allowancesCharges: nonEmpty(children(settlement, "SpecifiedTradeAllowanceCharge").map((value) => readAllowanceCharge(value, true))),
    totals: totals(child(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation"), currency, taxCurrency),
    precedingInvoices: nonEmpty(
      children(settlement, "InvoiceReferencedDocument").flatMap((document) => {
        const preceding = compact({
          number: textAt(document, "IssuerAssignedID"), // BT-25
          issueDate: dateAt(document, "FormattedIssueDateTime/DateTimeString"), // BT-26
        });
        return preceding ? [preceding] : [];
      }),
    ),
  };
}
