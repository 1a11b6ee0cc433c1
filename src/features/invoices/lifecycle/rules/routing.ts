// The platform's routing of a deposited (or validated) invoice to its recipient: what a routing job carries, and
// whether the invoice can be made available — its recipient still an active public structure of the directory, its
// service active and the recipient's engagement rules honoured — or must go back to the supplier À recycler. Pure.
import { z } from "zod";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { recipientErrors, type RecipientRules } from "@/features/invoices/common/ui.ts";
import { MOTIF_MAX_LENGTH } from "./status-machine.ts";
import { uuid } from "@/lib/uuid.ts";

export const routingPayloadSchema = z.object({ invoiceId: uuid() });
export type RoutingPayload = z.infer<typeof routingPayloadSchema>;

/** The statuses the platform routes from (ACHEMINER); an invoice entering one of them gets a routing job. */
export const ROUTED_STATUSES = ["DEPOSEE", "VALIDEE_1", "TRANSMISE_MOA", "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE"] as const satisfies readonly InvoiceStatus[];
export const isRoutedStatus = (status: InvoiceStatus) => (ROUTED_STATUSES as readonly InvoiceStatus[]).includes(status);

/**
 * At most one routing job per invoice and per passage through DEPOSEE / VALIDEE_1, told apart by the number of its
 * history rows (every passage adds one): a second enqueue in the same transaction is ignored, a recycled invoice
 * gets a new job even though the first one's row is still in the queue.
 */
export const routingKey = (invoiceId: string, historyRows: number) => `invoice-routing:${invoiceId}:${historyRows}`;

export const UNKNOWN_RECIPIENT_MOTIF = "Le destinataire n'est plus une structure publique active de l'annuaire.";
const MOTIF_PREFIX = "Acheminement impossible : ";

export type RoutingVerdict = { action: "METTRE_A_DISPOSITION" } | { action: "RENVOYER_A_RECYCLER"; motif: string };

/** Where the routing ends: made available, or À recycler with the reasons (as the supplier's form words them). */
export function routingVerdict(
  invoice: { recipientServiceId: string | null; engagementNumber: string | null },
  recipient: RecipientRules | null,
  /** Why the quoted engagement is refused when the recipient requires an existing open one (engagements area), or null. */
  engagementProblem: string | null = null,
): RoutingVerdict {
  const reasons = recipient
    ? Object.values(recipientErrors({ recipientServiceId: invoice.recipientServiceId ?? "", engagementNumber: invoice.engagementNumber ?? "" }, recipient))
    : [UNKNOWN_RECIPIENT_MOTIF];
  if (recipient && engagementProblem && reasons.length === 0) reasons.push(engagementProblem);
  if (reasons.length === 0) return { action: "METTRE_A_DISPOSITION" };
  const motif = `${MOTIF_PREFIX}${reasons.join(" ")}`;
  return { action: "RENVOYER_A_RECYCLER", motif: motif.length > MOTIF_MAX_LENGTH ? `${motif.slice(0, MOTIF_MAX_LENGTH - 1)}…` : motif };
}

/** What the supplier is told when its invoice, accepted, went straight back À recycler (recordCreation). */
export const recycledOnSendingNotice = (motif: string) => `La facture a été acceptée mais renvoyée à recycler dès son dépôt. ${motif}`;
