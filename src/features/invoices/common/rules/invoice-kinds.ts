// What each invoice type and each cadre de facturation allows, beyond the fields every invoice has. Pure: the form
// shows these refusals before calling the server, "Valider et envoyer" enforces them (sendingErrors).
//  - Facture d'acompte (UNTDID 1001 code 386): a down payment asked under a contract; a final invoice deducts it later.
//  - Avoir (381): corrects one of the supplier's invoices (BG-3), picked in its sent invoices or typed.
//  - Facture (380): may deduct the supplier's down-payment invoices to the same recipient (BT-113).
//  - A2 "facture déjà payée" (e.g. carte d'achat): nothing is left to pay (BT-113 = TTC), so it deducts nothing more.
//  - A3 "mémoire de frais de justice": a justice provider's claim to the competent juridiction (a service of the
//    recipient), always of type Facture.
//  - A21 "demande de remboursement de la TIC": the beneficiary's claim, of type Facture.

type KindFields = {
  type: string;
  cadre: string;
  recipientServiceId?: string;
  downPaymentInvoiceIds?: string[];
};

/** The cadres under which a down payment is invoiced: a supplier's, a sous-traitant's or a cotraitant's contract. */
export const DOWN_PAYMENT_CADRES = ["A1", "A9", "A12"] as const;

/** The cadres whose documents are only of type Facture, with the sentence that says why. */
const INVOICE_ONLY_CADRES: Record<string, string> = {
  A3: "Un mémoire de frais de justice (A3) est de type Facture.",
  A21: "Une demande de remboursement de la TIC (A21) est de type Facture.",
};

export const DOWN_PAYMENT_CADRE_MESSAGE = "Une facture d'acompte se dépose dans le cadre A1, A9 ou A12.";
export const JURIDICTION_REQUIRED_MESSAGE = "Choisissez le service de la juridiction destinataire du mémoire (tribunal, cour d'appel…).";
export const DEDUCTION_TYPE_MESSAGE = "Seule une facture (type Facture) déduit des factures d'acompte.";
export const PAID_DEDUCTION_MESSAGE = "Une facture déjà payée (A2) ne déduit pas de factures d'acompte : son montant est entièrement réglé.";

export const canDeductDownPayments = (invoice: Pick<KindFields, "type" | "cadre">) => invoice.type === "FACTURE" && invoice.cadre !== "A2";

/** The refusals of the type and cadre chosen together, by field. */
export function invoiceKindErrors(invoice: KindFields): Record<string, string> {
  const errors: Record<string, string> = {};
  if (invoice.type === "ACOMPTE" && !(DOWN_PAYMENT_CADRES as readonly string[]).includes(invoice.cadre)) errors.cadre = DOWN_PAYMENT_CADRE_MESSAGE;
  const invoiceOnly = INVOICE_ONLY_CADRES[invoice.cadre];
  if (invoiceOnly && invoice.type !== "FACTURE") errors.type = invoiceOnly;
  if (invoice.cadre === "A3" && !invoice.recipientServiceId) errors.recipientServiceId = JURIDICTION_REQUIRED_MESSAGE;
  if ((invoice.downPaymentInvoiceIds ?? []).length > 0) {
    if (invoice.type !== "FACTURE") errors.downPaymentInvoiceIds = DEDUCTION_TYPE_MESSAGE;
    else if (invoice.cadre === "A2") errors.downPaymentInvoiceIds = PAID_DEDUCTION_MESSAGE;
  }
  return errors;
}
