// The holder's decision on an invoice: « Valider » (an optional comment) or « Refuser » (a motif, required, and an
// optional comment). One schema for the dialog and the server action.
import { z } from "zod";
import { VALIDATOR_ACTIONS } from "./validation-rules.ts";

export const REFUSAL_MOTIF_REQUIRED_MESSAGE = "Indiquez le motif du refus.";

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const validatorDecisionSchema = z
  .object({
    action: z.enum(VALIDATOR_ACTIONS, "Choisissez « Valider » ou « Refuser »."),
    motif: z.preprocess(blank, z.string().trim().max(255, "Le motif comporte 255 caractères au plus.").optional()),
    comment: z.preprocess(blank, z.string().trim().max(2000, "Le commentaire comporte 2000 caractères au plus.").optional()),
  })
  .superRefine((value, ctx) => {
    if (value.action === "REFUSER" && !value.motif) ctx.addIssue({ code: "custom", path: ["motif"], message: REFUSAL_MOTIF_REQUIRED_MESSAGE });
  })
  // A validation has no motif: one sent anyway is dropped.
  .transform(({ action, motif, comment }) => ({ action, input: { ...(action === "REFUSER" && motif ? { motif } : {}), ...(comment ? { comment } : {}) } }));

export type ValidatorDecision = z.output<typeof validatorDecisionSchema>;
