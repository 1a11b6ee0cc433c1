// The invoices an invoice names: the one an avoir corrects (BG-3) and the down payments a final invoice deducts
// (BT-113, BG-3). Pure: the data layer reads the candidates among the supplier's own invoices (another
// structure's invoice is simply absent, hence "introuvable"), these rules decide.
import type { InvoiceStatus, InvoiceType } from "@/generated/prisma/enums.ts";

export type OriginalCandidate = { sentNumber: string | null; type: InvoiceType; recipientStructureId: string | null };

export type DownPaymentCandidate = {
  id: string;
  sentNumber: string | null;
  type: InvoiceType;
  status: InvoiceStatus;
  recipientStructureId: string | null;
  currency: string;
  /** The numbers of the other SENT final invoices that deduct it already. */
  deductedByNumbers: string[];
};

export const ORIGINAL_NOT_FOUND_MESSAGE = "Facture d'origine introuvable parmi vos factures envoyées à ce destinataire.";
export const DOWN_PAYMENT_NOT_FOUND_MESSAGE = "Facture d'acompte introuvable parmi vos factures d'acompte envoyées à ce destinataire.";

/** Statuses after which a down payment is no longer owed, so no final invoice deducts it. */
const NOT_DEDUCTIBLE_STATUSES: readonly InvoiceStatus[] = ["REJETEE", "REFUSEE_1"];

/** The avoir's original: a sent invoice (not itself an avoir) of the supplier, to the avoir's recipient once chosen. */
export function originalInvoiceError(found: OriginalCandidate | null, recipientStructureId: string | null): string | undefined {
  if (!found || !found.sentNumber || found.type === "AVOIR") return ORIGINAL_NOT_FOUND_MESSAGE;
  if (recipientStructureId && found.recipientStructureId !== recipientStructureId) return ORIGINAL_NOT_FOUND_MESSAGE;
  return undefined;
}

/**
 * Each deducted down payment: a sent facture d'acompte of the supplier to the same recipient, in the same currency,
 * not rejected (nor refused by the holder of the contract), and deducted by no other sent final invoice.
 */
export function downPaymentErrors(ids: readonly string[], found: readonly DownPaymentCandidate[], expected: { recipientStructureId: string | null; currency: string }): string | undefined {
  const byId = new Map(found.map((candidate) => [candidate.id, candidate]));
  for (const id of ids) {
    const candidate = byId.get(id);
    if (!candidate || candidate.type !== "ACOMPTE" || !candidate.sentNumber) return DOWN_PAYMENT_NOT_FOUND_MESSAGE;
    if (expected.recipientStructureId && candidate.recipientStructureId !== expected.recipientStructureId) return DOWN_PAYMENT_NOT_FOUND_MESSAGE;
    if (NOT_DEDUCTIBLE_STATUSES.includes(candidate.status)) {
      return `La facture d'acompte n° ${candidate.sentNumber} a été ${candidate.status === "REJETEE" ? "rejetée" : "refusée"} : elle ne peut pas être déduite.`;
    }
    if (candidate.deductedByNumbers.length > 0) return `La facture d'acompte n° ${candidate.sentNumber} est déjà déduite par la facture n° ${candidate.deductedByNumbers[0]}.`;
    if (candidate.currency !== expected.currency) return `La facture d'acompte n° ${candidate.sentNumber} est en ${candidate.currency} : la facture qui la déduit doit être dans la même devise.`;
  }
  return undefined;
}
