// The form of a recipient's action (one invoice, or the selection): the action, its motif when it asks for one
// (seed 004's list for a rejection), an optional comment. One schema for the dialogs and the server actions; the
// motif rules are the status machine's.
import { z } from "zod";
import { checkTransitionFields, toTransitionCommand } from "@/features/invoices/lifecycle/ui.ts";
import { RECIPIENT_ACTIONS } from "./rules/recipient-moves.ts";
import { uuid } from "@/lib/uuid.ts";

export const MAX_SELECTED_INVOICES = 100;

const fields = {
  action: z.enum(RECIPIENT_ACTIONS, "Choisissez une action."),
  motif: z.string().optional(),
  comment: z.string().optional(),
};

/** An action of the invoice's page: the invoice (its form is bound to it) and the action. */
export const recipientActionSchema = z
  .object({ ...fields, invoiceId: z.string() })
  .superRefine(checkTransitionFields)
  .transform(toTransitionCommand);

export const recipientSelectionActionSchema = z
  .object({
    ...fields,
    invoiceIds: z
      .array(uuid("Facture inconnue."), "Sélectionnez au moins une facture.")
      .min(1, "Sélectionnez au moins une facture.")
      .max(MAX_SELECTED_INVOICES, `Sélectionnez ${MAX_SELECTED_INVOICES} factures au plus.`),
  })
  .superRefine(checkTransitionFields)
  .transform(toTransitionCommand);
