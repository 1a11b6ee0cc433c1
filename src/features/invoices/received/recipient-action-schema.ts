// The form of a recipient's action (one invoice, or the selection): the action, its motif when it asks for one
// (seed 004's list for a rejection), an optional comment. One schema for the dialogs and the server actions; the
// motif rules are the status machine's.
import { z } from "zod";
import { transitionInput } from "../lifecycle/status-machine.ts";
import { RECIPIENT_ACTIONS } from "./recipient-moves.ts";

export const MAX_SELECTED_INVOICES = 100;

const fields = {
  action: z.enum(RECIPIENT_ACTIONS, "Choisissez une action."),
  motif: z.string().optional(),
  comment: z.string().optional(),
};

type Fields = { action: (typeof RECIPIENT_ACTIONS)[number]; motif?: string; comment?: string };

/** The machine's refusals (missing motif, motif outside the list, texts too long), each on its field. */
function checkInput(value: Fields, ctx: z.RefinementCtx) {
  for (const [path, message] of Object.entries(transitionInput(value.action, value).errors)) ctx.addIssue({ code: "custom", path: [path], message });
}

/** What the lifecycle use case takes: trimmed texts, and no motif for an action that asks for none. */
const toCommand = <T extends Fields>({ action, motif: _motif, comment: _comment, ...rest }: T & Fields) => {
  const { motif, comment } = transitionInput(action, { motif: _motif, comment: _comment });
  return { ...rest, action, input: { ...(motif ? { motif } : {}), ...(comment ? { comment } : {}) } };
};

export const recipientActionSchema = z.object(fields).superRefine(checkInput).transform(toCommand);

export const recipientSelectionActionSchema = z
  .object({
    ...fields,
    invoiceIds: z
      .array(z.uuid("Facture inconnue."), "Sélectionnez au moins une facture.")
      .min(1, "Sélectionnez au moins une facture.")
      .max(MAX_SELECTED_INVOICES, `Sélectionnez ${MAX_SELECTED_INVOICES} factures au plus.`),
  })
  .superRefine(checkInput)
  .transform(toCommand);
