// « Traiter le rejet »: the supplier acknowledges that its invoice was rejected (REJETEE, a final état). The invoice
// then leaves what asks for action (Synthèse, the dashboard's Rejetée tile, « Factures à traiter ») and stays in
// Rechercher with the acknowledgment (who, when). Pure.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { formatDayAndTime } from "@/features/invoices/common/ui.ts";

/** The history row's comment of the acknowledgment (its status stays REJETEE). */
export const REJECTION_HANDLED_COMMENT = "Rejet traité par le fournisseur.";

export const NOT_REJECTED_MESSAGE = "Seule une facture à l'état « Rejetée » peut être traitée comme rejetée.";
export const ALREADY_HANDLED_MESSAGE = "Le rejet de cette facture a déjà été traité.";

type RejectionState = { status: InvoiceStatus | string; rejectionHandledAt: Date | null };

/** Why the rejection cannot be handled now, or null when it can: only a REJETEE invoice, and once. */
export function rejectionHandlingRefusal(invoice: RejectionState): string | null {
  if (invoice.status !== "REJETEE") return NOT_REJECTED_MESSAGE;
  if (invoice.rejectionHandledAt) return ALREADY_HANDLED_MESSAGE;
  return null;
}

/** A rejected invoice the supplier has not acknowledged yet: still "à traiter". */
export const awaitsRejectionHandling = (invoice: RejectionState) => rejectionHandlingRefusal(invoice) === null;

/** Rechercher's « Rejet » criterion (GET value): rejected invoices still to handle, or already handled. */
export const REJECTION_FILTERS = ["a-traiter", "traite"] as const;
export type RejectionFilter = (typeof REJECTION_FILTERS)[number];

export const REJECTION_FILTER_LABELS: Record<RejectionFilter, string> = { "a-traiter": "Rejet à traiter", traite: "Rejet traité" };

/** What the lists say of an acknowledged rejection. */
export const rejectionHandledText = (at: Date, by: string | null) => `Rejet traité le ${formatDayAndTime(at)}${by ? ` par ${by}` : ""}`;
