// The holder's decision on an invoice: « Valider » (an optional comment) or « Refuser » (a motif, required, and an
// optional comment). One schema for the dialog and the server action; the motif rules are the status machine's.
import { z } from "zod";
import { checkTransitionFields, toTransitionCommand } from "../lifecycle/rules/transition-form.ts";
import { VALIDATOR_ACTIONS } from "./validation-rules.ts";

export const validatorDecisionSchema = z
  .object({
    action: z.enum(VALIDATOR_ACTIONS, "Choisissez « Valider » ou « Refuser »."),
    motif: z.string().optional(),
    comment: z.string().optional(),
  })
  .superRefine(checkTransitionFields)
  // A validation has no motif: one sent anyway is dropped.
  .transform(toTransitionCommand);
