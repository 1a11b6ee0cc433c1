// The billing mandate's life: what may follow what, when a new one may be subscribed, what users read. Pure: no I/O.
import type { MandateStatus, StructureKind } from "@/generated/prisma/enums.ts";

export const MANDATE_STATUS_LABELS: Record<MandateStatus, string> = {
  EN_COURS_DE_VALIDATION: "En cours de validation",
  ACTIF: "Actif",
  REVOQUE: "Révoqué",
};

/** A pending mandate may also be revoked: that is how a gestionnaire drops one whose signing link expired. */
const TRANSITIONS: Record<MandateStatus, readonly MandateStatus[]> = {
  EN_COURS_DE_VALIDATION: ["ACTIF", "REVOQUE"],
  ACTIF: ["REVOQUE"],
  REVOQUE: [],
};

export const canTransition = (from: MandateStatus, to: MandateStatus) => TRANSITIONS[from].includes(to);

/** Statuses that hold the structure's single mandate slot. */
export const BLOCKING_STATUSES: readonly MandateStatus[] = ["ACTIF", "EN_COURS_DE_VALIDATION"];

/** A new mandate may be subscribed only when none is Actif or En cours de validation. */
export const canSubscribeMandate = (existing: readonly MandateStatus[]) => !existing.some((status) => BLOCKING_STATUSES.includes(status));

export const SIGNATURE_LINK_VALIDITY_DAYS = 7;

export const signatureExpiry = (now: Date) => new Date(now.getTime() + SIGNATURE_LINK_VALIDITY_DAYS * 24 * 60 * 60 * 1000);

export const defaultMandateLibelle = (raisonSociale: string) => `MANDAT ${raisonSociale}`.toLocaleUpperCase("fr-FR");

export const CONDITIONS_NOT_ACCEPTED =
  "Cochez la case pour confirmer avoir pris connaissance du mandat et des conditions générales d'utilisation du portail.";

/** A public structure issues its own invoices: no mandate is asked of it. */
export const needsMandateToEnter = (kind: StructureKind) => kind !== "PUBLIQUE";

/** What blocks invoice entry, in the words shown to the user. */
export const missingMandateMessage = (raisonSociale: string) =>
  `Aucun mandat de facturation actif pour la structure « ${raisonSociale} » : sans mandat, aucun utilisateur ne peut saisir de facture. Un gestionnaire de la structure peut en souscrire un dans Activités du gestionnaire.`;

/** The mandate's own text, shown before it is signed. */
export const mandateText = (raisonSociale: string) => [
  `La structure « ${raisonSociale} » donne mandat au portail de facturation électronique d'émettre en son nom et pour son compte les factures qu'elle saisit dans le portail à destination de ses clients publics, conformément au 2 du I de l'article 289 du Code général des impôts.`,
  "Les factures ainsi émises le sont sous la responsabilité de la structure, qui reste seule redevable des mentions qu'elles portent et de la taxe qui y figure. Elle s'engage à vérifier chaque facture avant son envoi et à en conserver une copie.",
  "Le mandat prend effet à sa signature et vaut jusqu'à sa révocation par un gestionnaire de la structure, qui peut intervenir à tout moment depuis « Activités du gestionnaire ». Sans mandat actif, aucun utilisateur de la structure ne peut saisir de facture.",
];
