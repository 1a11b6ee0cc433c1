// EN 16931 core rules on payment: the payment means code (BR-49), the account of a credit transfer (BR-50, BR-61),
// a card number never in full (BR-51, a warning) and a due date or payment terms when something is due (BR-CO-25, a warning).
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import type { RuleContext } from "../rule.ts";
import { decimalOf, exists, fatal, filled, normalizeSpace, rec, records, shown, warning } from "./core-support.ts";

/** BT-81 codes of a credit transfer: 30 (credit transfer), 58 (SEPA credit transfer). */
const CREDIT_TRANSFER_CODES = new Set(["30", "58"]);

/** BR-51: PCI DSS lets an invoice show at most the first 6 and last 4 digits of a card number. */
const MAX_CARD_NUMBER_LENGTH = 10;

type ReadPayment = NonNullable<ReadEInvoice["payment"]>;

/**
 * Payment instructions (BG-16) are given: the model's payment also holds the payment terms (BT-20) and the creditor
 * identifier (BT-90), which UBL writes outside PaymentMeans; an empty payment is a PaymentMeans with nothing in it.
 * CII writes the remittance information (BT-83) and the mandate reference (BT-89) outside its PaymentMeans too: the
 * CII artefact checks BR-49 on a SpecifiedTradeSettlementPaymentMeans only.
 */
function paymentInstructionsGiven(payment: ReadPayment, context: RuleContext): boolean {
  const directDebit = rec(payment.directDebit);
  const inMeans = [payment.meansCode, payment.meansText, payment.card, directDebit?.debitedAccount];
  const terms = context.syntax === "CII" ? inMeans : [...inMeans, payment.remittanceInformation, directDebit?.mandateReference];
  const given = terms.some(exists) || records(payment.accounts).length > 0;
  const empty = Object.values(payment).every((value) => value === undefined);
  return given || empty;
}

function paymentMeansFindings(invoice: ReadEInvoice, context: RuleContext): Finding[] {
  const payment = rec(invoice.payment);
  if (!payment) return [];
  const findings: Finding[] = [];
  // In CII, BR-49, BR-50 and BR-61 look at each SpecifiedTradeSettlementPaymentMeans, which the model merges into one
  // BG-16: the CII reader judges them on the syntax (rules/cii-payment-means.ts).
  const perMeans = context.syntax !== "CII";
  if (perMeans && !exists(payment.meansCode) && paymentInstructionsGiven(payment, context)) {
    findings.push(fatal("BR-49", "Une instruction de paiement (BG-16) doit préciser le code du moyen de paiement (BT-81).", "BG-16/BT-81"));
  }
  if (perMeans && CREDIT_TRANSFER_CODES.has(normalizeSpace(payment.meansCode))) {
    const accounts = records(payment.accounts);
    accounts.forEach((account, index) => {
      if (!filled(account.iban)) {
        findings.push(
          fatal(
            "BR-50",
            "L'identifiant du compte de paiement (BT-84) doit être présent lorsque des informations de virement (BG-17) sont fournies.",
            `BG-16/BG-17[${index + 1}]/BT-84`,
          ),
        );
      }
    });
    if (!accounts.some((account) => exists(account.iban))) {
      findings.push(
        fatal(
          "BR-61",
          `Le moyen de paiement (BT-81) « ${normalizeSpace(payment.meansCode)} » est un virement : l'identifiant du compte de paiement (BT-84) doit être présent.`,
          "BG-16/BT-84",
        ),
      );
    }
  }
  const card = rec(payment.card);
  if (card && normalizeSpace(card.pan).length > MAX_CARD_NUMBER_LENGTH) {
    findings.push(
      warning(
        "BR-51",
        "Conformément aux normes de sécurité des paiements par carte, une facture ne devrait jamais contenir le numéro complet de la carte (BT-87) : au plus ses 6 premiers et ses 4 derniers chiffres.",
        "BG-18/BT-87",
      ),
    );
  }
  return findings;
}

/** UNTDID 1001 credit note codes of EN 16931: BR-CO-25 was limited to invoices before the CEN removed it. */
const CREDIT_NOTE_TYPE_CODES = new Set(["81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"]);

/**
 * BR-CO-25, a warning only: EN 16931 states it, but the CEN's validation artefacts no longer check it (they are the
 * reference: docs/decisions/0016-en16931-oracle.md); the supplier still learns that the buyer will miss a due date.
 */
function dueDateFindings(invoice: ReadEInvoice): Finding[] {
  if (CREDIT_NOTE_TYPE_CODES.has(normalizeSpace(invoice.typeCode))) return [];
  const amountDue = decimalOf(rec(invoice.totals)?.amountDue);
  if (!amountDue || !amountDue.gt(0)) return [];
  if (exists(invoice.dueDate) || exists(rec(invoice.payment)?.terms)) return [];
  return [
    warning(
      "BR-CO-25",
      `Le montant à payer (BT-115) est positif (${shown(rec(invoice.totals)?.amountDue)}) : la date d'échéance du paiement (BT-9) ou les conditions de paiement (BT-20) devraient être présentes.`,
      "BT-9",
    ),
  ];
}

export function paymentFindings(invoice: ReadEInvoice, context: RuleContext): Finding[] {
  return [...paymentMeansFindings(invoice, context), ...dueDateFindings(invoice)];
}
