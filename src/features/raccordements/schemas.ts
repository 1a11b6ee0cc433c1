// The inputs of "Raccordements EDI et API" (Activités du gestionnaire): technical accounts, applications, webhook
// subscriptions. Shared by the forms and the server actions; fields arrive from FormData (checkboxes: getAll()).
import { z } from "zod";
import { Espace, WebhookEventType } from "@/generated/prisma/enums.ts";
import { requiredText } from "@/lib/form-fields.ts";
import { uuid } from "@/lib/uuid.ts";
import { API_SCOPE_VALUES } from "./rules/labels.ts";

/** The longest URL a subscription may name (src/server/webhooks/url-check.ts checks the rest: https, no private host). */
const WEBHOOK_URL_MAX_LENGTH = 2000;

/**
 * The espaces of a technical account, as a user's (rattachements' espaceRightsOf): `espaces` given in consultation,
 * `modification` those also in modification (which implies consultation).
 */
const espaceFields = {
  espaces: z.array(z.enum(Espace)).max(20).default([]),
  modification: z.array(z.enum(Espace)).max(20).default([]),
};

export const technicalAccountSchema = z.object({
  nom: requiredText("Saisissez le nom du compte technique.", 100),
  ...espaceFields,
});
export type TechnicalAccountInput = z.infer<typeof technicalAccountSchema>;

export const technicalAccountRightsSchema = z.object(espaceFields);
export type TechnicalAccountRightsInput = z.infer<typeof technicalAccountRightsSchema>;

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const technicalAccountActivationSchema = z.object({ technicalAccountId: uuid("Compte technique introuvable."), actif: checkbox });

export const applicationSchema = z.object({
  nom: requiredText("Saisissez le nom de l'application.", 100),
  technicalAccountId: uuid("Choisissez le compte technique au nom duquel l'application agit."),
  scopes: z.array(z.enum(API_SCOPE_VALUES, "Portée inconnue.")).min(1, "Cochez au moins une portée : lecture ou écriture.").max(2),
});
export type ApplicationInput = z.infer<typeof applicationSchema>;

export const applicationIdSchema = z.object({ applicationId: uuid("Application introuvable.") });

export const webhookSubscriptionSchema = z.object({
  url: requiredText("Saisissez l'adresse (URL) qui recevra les événements.", WEBHOOK_URL_MAX_LENGTH),
  events: z.array(z.enum(WebhookEventType, "Événement inconnu.")).min(1, "Cochez au moins un événement.").max(10),
});
export type WebhookSubscriptionInput = z.infer<typeof webhookSubscriptionSchema>;

export const webhookSubscriptionIdSchema = z.object({ subscriptionId: uuid("Abonnement introuvable.") });
