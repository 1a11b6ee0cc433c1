import { z } from "zod";
import { CONDITIONS_NOT_ACCEPTED } from "./rules/mandate-rules.ts";
import { uuid } from "@/lib/uuid.ts";

const structureId = uuid("Structure introuvable.");

export const subscribeMandateSchema = z.object({
  structureId,
  libelle: z
    .string()
    .trim()
    .min(1, "Saisissez le libellé du mandat.")
    .max(100, "Le libellé du mandat ne doit pas dépasser 100 caractères."),
});
export type SubscribeMandateInput = z.infer<typeof subscribeMandateSchema>;

export const signMandateSchema = z.object({
  token: z.string().min(1, "Lien de signature invalide."),
  // A checked box sends "on"; an unchecked one sends nothing.
  conditionsAccepted: z.literal("on", CONDITIONS_NOT_ACCEPTED),
});

export const revokeMandateSchema = z.object({ structureId, mandateId: uuid("Mandat introuvable.") });
