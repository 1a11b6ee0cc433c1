// The vocabulary of an invoice's life after "Valider et envoyer", shared by the status machine, the use cases and
// the pages of both sides. Pure data.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";

/**
 * Who moves an invoice: the platform itself, the supplier's users, the recipient's, the holder of the contract (A9/A12),
 * or, for a works document (issue 14), the maîtrise d'œuvre (MOE) that checks it before the maître d'ouvrage.
 */
export type LifecycleActor = "PLATEFORME" | "FOURNISSEUR" | "DESTINATAIRE" | "VALIDEUR" | "MOE";

export const LIFECYCLE_ACTIONS = [
  // platform (routing, and the A9/A12 validation hors délai)
  "ACHEMINER", // DEPOSEE (or VALIDEE_1) → EN_COURS_ACHEMINEMENT
  "METTRE_A_DISPOSITION", // EN_COURS_ACHEMINEMENT → MISE_A_DISPOSITION
  "RENVOYER_A_RECYCLER", // EN_COURS_ACHEMINEMENT → A_RECYCLER (recipient, service or engagement no longer valid)
  "VALIDER_HORS_DELAI", // A_VALIDER_1 → VALIDEE_1, when the holder did not answer in time
  // recipient ("Factures reçues")
  "SUSPENDRE", // motif + comment
  "REJETER", // motif (seed 004's list) + comment; final
  "A_RECYCLER", // motif + comment
  "SERVICE_FAIT",
  "MANDATER",
  "MISE_A_DISPOSITION_COMPTABLE",
  "COMPTABILISER",
  "METTRE_EN_PAIEMENT", // final
  // supplier ("Factures émises")
  "COMPLETER", // SUSPENDUE → COMPLETEE (comment + attachments), then back to the recipient
  "RECYCLER", // A_RECYCLER → DEPOSEE again with a new recipient / service / engagement
  // holder of the contract ("Factures à valider")
  "VALIDER", // A_VALIDER_1 → VALIDEE_1, then on to the recipient
  "REFUSER", // A_VALIDER_1 → REFUSEE_1 (motif); final
  // works documents (issue 14): the maîtrise d'œuvre ("Factures de travaux reçues"), the supplier, the platform
  "TRANSMETTRE_A_LA_MOA", // MISE_A_DISPOSITION_MOE → TRANSMISE_MOA (amounts admitted, corrected or not), then routed to the MOA
  "REFUSER_MOE", // MISE_A_DISPOSITION_MOE → REFUSEE_MOE (motif); final
  "DEMANDER_COMPLEMENT", // MISE_A_DISPOSITION_MOE → A_COMPLETER (motif)
  "COMPLETER_TRAVAUX", // A_COMPLETER → MISE_A_DISPOSITION_MOE (comment), back to the MOE with a new deadline
  "TRANSMETTRE_HORS_DELAI", // MISE_A_DISPOSITION_MOE → ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE when the MOE's 7 days are over, then routed
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** The statuses after which nothing moves any more. */
export const FINAL_STATUSES: readonly InvoiceStatus[] = ["REJETEE", "MISE_EN_PAIEMENT", "REFUSEE_1", "REFUSEE_MOE"];

/** Seed 004: the motifs a public buyer gives when it rejects an invoice. */
export const REJECTION_MOTIFS = [
  "SE/EJ incorrect (renvoi possible)",
  "Créancier inconnu ou différent de celui de l'EJ",
  "Marché terminé",
  "Sous-traitant / cotraitant non déclaré",
  "Suppression pour compensation d'avoirs",
  "Justificatif absent ou insuffisant",
  "Montant de la facture erroné",
  "Taux de TVA erroné",
  "Retraitement manuel par les services",
  "Paiement en régie",
  "Erreur de RIB",
  "Livraison incomplète / non effectuée",
  "Facture non conforme à la commande",
  "Double facturation",
  "Autres",
] as const;
