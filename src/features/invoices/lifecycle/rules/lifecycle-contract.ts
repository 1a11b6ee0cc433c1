// The vocabulary of an invoice's life after "Valider et envoyer", shared by the status machine, the use cases and
// the pages of both sides. Pure data.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";

/** Who moves an invoice: the platform itself, the supplier's users, the recipient's, or the holder of the contract (A9/A12). */
export type LifecycleActor = "PLATEFORME" | "FOURNISSEUR" | "DESTINATAIRE" | "VALIDEUR";

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
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** The statuses after which nothing moves any more. */
export const FINAL_STATUSES: readonly InvoiceStatus[] = ["REJETEE", "MISE_EN_PAIEMENT", "REFUSEE_1"];

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
