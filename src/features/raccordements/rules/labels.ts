// The words of the Raccordements screens: scopes, events, delivery statuses. Pure.
import type { WebhookDeliveryStatus, WebhookEventType } from "@/generated/prisma/enums.ts";

/** The scopes an application may hold (src/server/api/access-tokens.ts' API_SCOPES, which a rule may not import). */
export const API_SCOPE_VALUES = ["lecture", "ecriture"] as const;
export type ApiScopeValue = (typeof API_SCOPE_VALUES)[number];

export const API_SCOPE_LABELS: Record<ApiScopeValue, string> = {
  lecture: "Lecture (rechercher, consulter, télécharger)",
  ecriture: "Écriture (soumettre, déposer, traiter)",
};

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  FACTURE_STATUT_MODIFIE: "Statut d'une facture modifié",
  FLUX_INTEGRE: "Flux intégré",
  SOLLICITATION_REPONDUE: "Sollicitation répondue",
};

export const WEBHOOK_DELIVERY_STATUS_LABELS: Record<WebhookDeliveryStatus, string> = {
  EN_ATTENTE: "En attente",
  LIVREE: "Livrée",
  ECHEC: "Échec",
};

/** The first name every technical account bears, so that the places that name a user by « prénom nom » tell it apart. */
export const TECHNICAL_ACCOUNT_PRENOM = "Compte technique";

/** How a secret is told apart on the screen: its last four characters. */
export const secretHintText = (hint: string) => `…${hint}`;
