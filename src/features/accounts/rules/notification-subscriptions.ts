// Mon compte > Abonnements: the e-mails a user may subscribe to and how each reaches them. The real portal lets a user
// turn its "Notification Facturation" on or off, except a gestionnaire principal, who cannot turn it off; here each
// topic is chosen apart, and may also come as one digest a day. The fil d'événements (Accueil) keeps every event
// whatever the choice. Pure.
import type { NotificationDelivery, NotificationTopic } from "@/generated/prisma/enums.ts";

export type { NotificationDelivery, NotificationTopic };

export const NOTIFICATION_TOPICS = ["STATUT_FACTURE", "SOLLICITATION", "RATTACHEMENT"] as const satisfies readonly NotificationTopic[];
export const NOTIFICATION_DELIVERIES = ["IMMEDIATEMENT", "SYNTHESE_QUOTIDIENNE", "AUCUN"] as const satisfies readonly NotificationDelivery[];

/** A topic never chosen is e-mailed at once, as before the user had any choice. */
export const DEFAULT_DELIVERY: NotificationDelivery = "IMMEDIATEMENT";

/** Each topic's legend and what it covers (the radio group's hint). */
export const NOTIFICATION_TOPIC_LABELS: Record<NotificationTopic, { legend: string; hint: string }> = {
  STATUT_FACTURE: {
    legend: "Statuts des factures",
    hint: "Chaque changement de statut d'une facture émise (mise à disposition, suspension, rejet, mise en paiement…) et les factures à valider. Un gestionnaire principal ne peut pas les désactiver.",
  },
  SOLLICITATION: { legend: "Sollicitations", hint: "Chaque sollicitation reçue, réponse ou changement de statut d'une sollicitation." },
  RATTACHEMENT: {
    legend: "Demandes de rattachement",
    hint: "Les demandes de rattachement à vos structures et les décisions prises sur les vôtres.",
  },
};

export const NOTIFICATION_DELIVERY_LABELS: Record<NotificationDelivery, string> = {
  IMMEDIATEMENT: "Immédiatement",
  SYNTHESE_QUOTIDIENNE: "Une synthèse quotidienne",
  AUCUN: "Aucun courriel",
};

export type NotificationSubscriptions = Record<NotificationTopic, NotificationDelivery>;

/** The user's choice for every topic, from their stored rows (a topic without a row keeps the default). */
export function subscriptionsOf(rows: { topic: NotificationTopic; delivery: NotificationDelivery }[]): NotificationSubscriptions {
  const chosen = new Map(rows.map((row) => [row.topic, row.delivery]));
  return Object.fromEntries(NOTIFICATION_TOPICS.map((topic) => [topic, chosen.get(topic) ?? DEFAULT_DELIVERY])) as NotificationSubscriptions;
}

export const PRINCIPAL_KEEPS_INVOICE_STATUSES =
  "En tant que gestionnaire principal d'une structure, vous ne pouvez pas désactiver les notifications des statuts des factures : choisissez « Immédiatement » ou « Une synthèse quotidienne ».";

/** The refusal of a choice, or null: a gestionnaire principal keeps hearing of invoice statuses (at once or daily). */
export function subscriptionsRefusal(subscriptions: NotificationSubscriptions, isGestionnairePrincipal: boolean): { field: NotificationTopic; message: string } | null {
  if (isGestionnairePrincipal && subscriptions.STATUT_FACTURE === "AUCUN") return { field: "STATUT_FACTURE", message: PRINCIPAL_KEEPS_INVOICE_STATUSES };
  return null;
}
