// The CII writer's ApplicableHeaderTradeSettlement, in the schema's order: BT-90, BT-83, BT-6, BT-5, BG-10, BG-16..19,
// BG-23 (with BT-7 and BT-8), BG-14, BG-20/21, payment terms (BT-20, BT-9, BT-89), BG-22, BG-3, BT-19.
import type { EInvoice, EVatBreakdown } from "../../model/einvoice.ts";
import { leaf, node, required } from "../xml-builder.ts";
import { payeeParty } from "./cii-parties.ts";
import { allowanceCharge, date102, dateTime, period } from "./cii-values.ts";

/** BT-8 is coded with UNTDID 2005 in the model (as UBL does) and with UNTDID 2475 in CII; another code goes as it came. */
const VAT_POINT_DATE_CODE_2475: Record<string, string> = { "3": "5", "35": "29", "432": "72" };

/**
 * BG-16: CII holds one creditor account per SpecifiedTradeSettlementPaymentMeans, so several accounts (BG-17) repeat
 * the means (as the CEN examples do); the card (BG-18) and the debited account (BT-91) go with the first.
 */
function paymentMeans(invoice: EInvoice): string[] {
  const payment = invoice.payment;
  if (!payment) return [];
  const accounts = payment.accounts?.length ? payment.accounts : [undefined];
  return accounts.map((account, index) =>
    node("ram:SpecifiedTradeSettlementPaymentMeans", [
      leaf("ram:TypeCode", payment.meansCode),
      leaf("ram:Information", payment.meansText),
      index === 0 &&
        payment.card &&
        node("ram:ApplicableTradeSettlementFinancialCard", [leaf("ram:ID", payment.card.pan), leaf("ram:CardholderName", payment.card.holder)]),
      index === 0 && node("ram:PayerPartyDebtorFinancialAccount", [leaf("ram:IBANID", payment.directDebit?.debitedAccount)]),
      account && node("ram:PayeePartyCreditorFinancialAccount", [leaf("ram:IBANID", account.iban), leaf("ram:AccountName", account.name)]),
      account && node("ram:PayeeSpecifiedCreditorFinancialInstitution", [leaf("ram:BICID", account.bic)]),
    ]),
  );
}

/** BT-7 and BT-8 go in the first breakdown only: CII-SR-461 and CII-SR-462 allow each once in the document. */
function vatBreakdown(value: EVatBreakdown, invoice: EInvoice, first: boolean): string {
  const code = first ? invoice.vatPointDateCode : undefined;
  return node("ram:ApplicableTradeTax", [
    leaf("ram:CalculatedAmount", value.taxAmount),
    leaf("ram:TypeCode", "VAT"),
    leaf("ram:ExemptionReason", value.exemptionReason),
    leaf("ram:BasisAmount", value.taxableAmount),
    leaf("ram:CategoryCode", value.category),
    leaf("ram:ExemptionReasonCode", value.exemptionReasonCode),
    first && invoice.taxPointDate && node("ram:TaxPointDate", [leaf("udt:DateString", date102(invoice.taxPointDate), { format: "102" })]), // BT-7
    code && leaf("ram:DueDateTypeCode", VAT_POINT_DATE_CODE_2475[code] ?? code), // BT-8
    leaf("ram:RateApplicablePercent", value.rate),
  ]);
}

/** BG-22; BT-110 in the invoice currency, BT-111 in the VAT accounting currency (BT-6). */
function summation(invoice: EInvoice): string {
  const totals = invoice.totals;
  return node("ram:SpecifiedTradeSettlementHeaderMonetarySummation", [
    leaf("ram:LineTotalAmount", totals.lineNetTotal),
    leaf("ram:ChargeTotalAmount", totals.chargeTotal),
    leaf("ram:AllowanceTotalAmount", totals.allowanceTotal),
    leaf("ram:TaxBasisTotalAmount", totals.taxExclusive),
    leaf("ram:TaxTotalAmount", totals.taxTotal, { currencyID: invoice.currency }),
    leaf("ram:TaxTotalAmount", totals.taxTotalInTaxCurrency, { currencyID: invoice.taxCurrency }),
    leaf("ram:RoundingAmount", totals.rounding),
    leaf("ram:GrandTotalAmount", totals.taxInclusive),
    leaf("ram:TotalPrepaidAmount", totals.prepaid),
    leaf("ram:DuePayableAmount", totals.amountDue),
  ]);
}

export function headerSettlement(invoice: EInvoice): string {
  return required("ram:ApplicableHeaderTradeSettlement", [
    leaf("ram:CreditorReferenceID", invoice.payment?.directDebit?.creditorId), // BT-90
    leaf("ram:PaymentReference", invoice.payment?.remittanceInformation), // BT-83
    // BT-6; CII's BR-53 forbids it equal to BT-5 (UBL allows it), where it says nothing more than BT-5.
    invoice.taxCurrency !== invoice.currency && leaf("ram:TaxCurrencyCode", invoice.taxCurrency),
    leaf("ram:InvoiceCurrencyCode", invoice.currency), // BT-5
    invoice.payee && payeeParty(invoice.payee),
    ...paymentMeans(invoice),
    ...(invoice.vatBreakdown ?? []).map((row, index) => vatBreakdown(row, invoice, index === 0)),
    period(invoice.invoicingPeriod),
    ...(invoice.allowancesCharges ?? []).map((value) => allowanceCharge(value, true)),
    node("ram:SpecifiedTradePaymentTerms", [
      leaf("ram:Description", invoice.payment?.terms), // BT-20
      dateTime("ram:DueDateDateTime", invoice.dueDate), // BT-9
      leaf("ram:DirectDebitMandateID", invoice.payment?.directDebit?.mandateReference), // BT-89
    ]),
    summation(invoice),
    ...(invoice.precedingInvoices ?? []).map((preceding) =>
      node("ram:InvoiceReferencedDocument", [
        leaf("ram:IssuerAssignedID", preceding.number), // BT-25
        dateTime("ram:FormattedIssueDateTime", preceding.issueDate, "qdt"), // BT-26
      ]),
    ),
    node("ram:ReceivableSpecifiedTradeAccountingAccount", [leaf("ram:ID", invoice.buyerAccountingReference)]), // BT-19
  ]);
}
