// The recipient's actions in "Factures reçues": their buttons' hints; their labels, the motif each asks for and which
// of them an invoice's status allows come from the status machine. Pure.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import type { LifecycleAction } from "@/features/invoices/lifecycle/ui.ts";
import { ACTION_LABELS, availableActions, MOVES } from "@/features/invoices/lifecycle/ui.ts";

export const RECIPIENT_ACTIONS = [
  "SUSPENDRE",
  "REJETER",
  "A_RECYCLER",
  "SERVICE_FAIT",
  "MANDATER",
  "MISE_A_DISPOSITION_COMPTABLE",
  "COMPTABILISER",
  "METTRE_EN_PAIEMENT",
] as const satisfies readonly LifecycleAction[];
export type RecipientAction = (typeof RECIPIENT_ACTIONS)[number];

export const isRecipientAction = (action: string): action is RecipientAction => (RECIPIENT_ACTIONS as readonly string[]).includes(action);

/** Their buttons' labels: the status machine's names of the actions, the words of its refusals too. */
export const RECIPIENT_ACTION_LABELS: Record<RecipientAction, string> = ACTION_LABELS;

/** Which motif an action asks for (the status machine's rule): seed 004's list, a free text, or none (a comment only). */
export const RECIPIENT_ACTION_MOTIF = Object.fromEntries(RECIPIENT_ACTIONS.map((action) => [action, MOVES[action].motif])) as Record<RecipientAction, "liste" | "libre" | null>;

/** What the dialog of each action tells before the user confirms. */
export const RECIPIENT_ACTION_HINTS: Record<RecipientAction, string> = {
  SUSPENDRE: "Le fournisseur est averti et pourra compléter la facture ; elle vous reviendra alors.",
  REJETER: "Le rejet est définitif : le fournisseur est averti avec le motif choisi.",
  A_RECYCLER: "Le destinataire, le service ou l'engagement est erroné : le fournisseur pourra les corriger et renvoyer la facture.",
  SERVICE_FAIT: "Vous attestez que le service a été fait.",
  MANDATER: "La facture est mandatée.",
  MISE_A_DISPOSITION_COMPTABLE: "La facture est mise à la disposition du comptable.",
  COMPTABILISER: "La facture est comptabilisée.",
  METTRE_EN_PAIEMENT: "La facture est mise en paiement ; elle ne pourra plus changer d'état.",
};

/** The actions the invoice's status allows the recipient (the status machine's moves), in the order of the buttons. */
export function recipientActionsFor(status: InvoiceStatus): RecipientAction[] {
  const allowed = availableActions(status, "DESTINATAIRE");
  return RECIPIENT_ACTIONS.filter((action) => allowed.includes(action));
}
