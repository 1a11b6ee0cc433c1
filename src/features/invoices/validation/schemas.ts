// The holder's decision on an invoice: « Valider » (an optional comment) or « Refuser » (a motif, required, and an
// optional comment), one schema for the dialog and the server action (the motif rules are the status machine's); and
// the entry form's search of the holder of an A9 / A12 contract.
import { z } from "zod";
import { checkTransitionFields, toTransitionCommand } from "@/features/invoices/lifecycle/ui.ts";
import { VALIDATOR_ACTIONS } from "./rules/validation-rules.ts";
import { uuid } from "@/lib/uuid.ts";

/** The decision as the action receives it: the invoice (the dialog is bound to it) and the decision. */
export const validatorDecisionSchema = z
  .object({
    invoiceId: z.string(),
    action: z.enum(VALIDATOR_ACTIONS, "Choisissez « Valider » ou « Refuser »."),
    motif: z.string().optional(),
    comment: z.string().optional(),
  })
  .superRefine(checkTransitionFields)
  // A validation has no motif: one sent anyway is dropped.
  .transform(toTransitionCommand);

export const contractHolderSearchSchema = z.object({
  query: z
    .string("Saisissez un Siret / identifiant ou une raison sociale.")
    .trim()
    .max(100, "Saisissez au plus 100 caractères.")
    .refine((value) => (value.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2, "Saisissez au moins 2 lettres ou chiffres du Siret / identifiant ou de la raison sociale."),
  /** The supplier structure of the invoice: never its own holder. */
  excludeStructureId: z.union([uuid("Structure inconnue."), z.literal("")]).optional(),
});
export type ContractHolderSearch = z.input<typeof contractHolderSearchSchema>;

/** The search as its action receives it; the use case checks it with contractHolderSearchSchema, whose first refusal is the field's message. */
export const contractHolderQuerySchema = z.object({ query: z.string(), excludeStructureId: z.string().optional() });

/** The holder a reopened draft names. */
export const contractHolderIdSchema = z.object({ structureId: z.string() });
