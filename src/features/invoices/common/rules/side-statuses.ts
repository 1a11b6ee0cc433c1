// Which statuses each side of an invoice sees. The recipient's "Factures reçues": from the moment the platform makes
// them available (never a draft, nor one still on its way or waiting for the holder of the contract, nor one the
// routing sent back À recycler without ever making it available). The holder's "Factures à valider": all but drafts. Pure.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";

export const RECEIVED_STATUSES = [
  "MISE_A_DISPOSITION",
  "SUSPENDUE",
  "COMPLETEE",
  "A_RECYCLER",
  "REJETEE",
  "SERVICE_FAIT",
  "MANDATEE",
  "MISE_A_DISPOSITION_COMPTABLE",
  "COMPTABILISEE",
  "MISE_EN_PAIEMENT",
] as const satisfies readonly InvoiceStatus[];

/**
 * The statuses of a works document's maîtrise d'œuvre circuit (issue 14), before it reaches the MOA: the supplier
 * follows them in « Factures de travaux », not on the Tableau de bord of « Factures émises ».
 */
export const MOE_CIRCUIT_STATUSES = [
  "MISE_A_DISPOSITION_MOE",
  "A_COMPLETER",
  "REFUSEE_MOE",
  "TRANSMISE_MOA",
  "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE",
] as const satisfies readonly InvoiceStatus[];

export type ReceivedStatus = (typeof RECEIVED_STATUSES)[number];

export const isReceivedStatus = (status: string): status is ReceivedStatus => (RECEIVED_STATUSES as readonly string[]).includes(status);

/**
 * What a new status does to the invoice's receivedAt: set when the platform makes it available, cleared when the
 * supplier recycles it (DEPOSEE again, perhaps for another recipient), kept otherwise.
 */
export function receivedAtAfter(status: InvoiceStatus, now: Date): { receivedAt?: Date | null } {
  if (status === "MISE_A_DISPOSITION") return { receivedAt: now };
  if (status === "DEPOSEE") return { receivedAt: null };
  return {};
}

/** The statuses an invoice never leaves the supplier's hands in: a holder never sees them. */
export const NOT_SUBMITTED_STATUSES: readonly InvoiceStatus[] = ["BROUILLON"];
