// The events a structure may subscribe to, as they travel (Standard Webhooks: { type, timestamp, data }), in one place:
// their names on the wire and the shape of each one's data. The features build the data where the change happens, in
// its transaction (emit.ts).
//
// - facture.statut_modifie: an invoice changed status (creation included), told to its supplier's structure and, once
//   the invoice has been made available to it, to its recipient's (invoices/lifecycle: applyTransition, recordCreation).
// - flux.integre: a deposit flux has been processed to its last file, whatever the outcome (invoices/batch, the chunk
//   job that finishes it), told to the supplier's structure.
// - sollicitation.repondue: a sollicitation was answered. Sollicitations do not exist yet (issue 12): the type is
//   declared (schema enum, subscription form) and its data shape fixed here; the sollicitation's answer use case will
//   call emitWebhookEvent(tx, { structureIds: [the asking structure], type: "SOLLICITATION_REPONDUE", data }) in its
//   transaction. Until then it is never emitted.
import type { WebhookEventType } from "@/generated/prisma/enums.ts";

/** The queue of the deliveries: one job per delivery, payload { deliveryId }. */
export const WEBHOOK_DELIVERY_QUEUE = "webhook-delivery";
/** The purpose a subscription's secret is sealed under (src/server/auth/secret-box.ts). */
export const WEBHOOK_SECRET_PURPOSE = "webhook-secret";

export const WEBHOOK_EVENT_NAMES = {
  FACTURE_STATUT_MODIFIE: "facture.statut_modifie",
  FLUX_INTEGRE: "flux.integre",
  SOLLICITATION_REPONDUE: "sollicitation.repondue",
} as const satisfies Record<WebhookEventType, string>;

export type WebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[WebhookEventType];

type CodeLabel = { code: string; libelle: string };

export type FactureStatutModifieData = {
  idFacture: string;
  numeroFacture: string;
  /** The portal's status and the reform's lifecycle code (AFNOR XP Z12-012), as the API tells a status. */
  statut: CodeLabel & { cycleDeVie: CodeLabel | null };
  /** ISO 8601. */
  dateStatut: string;
};

export type FluxIntegreData = {
  idFlux: string;
  numeroFluxDepot: string;
  nombreFactures: number;
  nombreFacturesAcceptees: number;
  nombreFacturesRejetees: number;
  /** INTEGRE, INTEGRE_PARTIELLEMENT or REJETE. */
  statut: CodeLabel;
};

export type SollicitationRepondueData = {
  idSollicitation: string;
  numeroSollicitation: string;
  /** ISO 8601. */
  dateReponse: string;
};

export type WebhookEventData = {
  FACTURE_STATUT_MODIFIE: FactureStatutModifieData;
  FLUX_INTEGRE: FluxIntegreData;
  SOLLICITATION_REPONDUE: SollicitationRepondueData;
};

/** What a feature emits: the structures concerned (null/undefined ones are skipped), the type and its data. */
export type WebhookEvent = {
  [Type in WebhookEventType]: { structureIds: (string | null | undefined)[]; type: Type; data: WebhookEventData[Type] };
}[WebhookEventType];

/** The body sent (JSON), per the Standard Webhooks specification. */
export type WebhookPayload = { type: WebhookEventName; timestamp: string; data: WebhookEventData[WebhookEventType] };
