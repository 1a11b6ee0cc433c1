// The lifecycle codes of the French B2B e-invoicing reform (AFNOR XP Z12-012, statuses 200–213) matching the portal's
// statuses, so that a program following the API speaks the reform's vocabulary as well as the portal's. A status
// with no counterpart (a draft) has none. Pure.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";

export const AFNOR_LIFECYCLE_LABELS = {
  "200": "Déposée",
  "201": "Émise par la plateforme",
  "202": "Reçue par la plateforme",
  "203": "Mise à disposition",
  "204": "Prise en charge",
  "205": "Approuvée",
  "206": "Approuvée partiellement",
  "207": "En litige",
  "208": "Suspendue",
  "209": "Complétée",
  "210": "Refusée",
  "211": "Paiement transmis",
  "212": "Encaissée",
  "213": "Rejetée",
} as const;

export type AfnorLifecycleCode = keyof typeof AFNOR_LIFECYCLE_LABELS;

/**
 * Why each: a deposit waiting for the holder of the contract is still only "Déposée" (200) and the holder's refusal is
 * a refusal (210); routed, the invoice has left the platform (201) then is available to the buyer (203); the buyer's
 * rejection with its motif is the reform's "Refusée" (210), while "À recycler" — the invoice never reached a valid
 * recipient — is its "Rejetée" (213, refused for addressing reasons); service fait and the accounting steps that
 * follow it are "Approuvée" (205); "Mise en paiement" is "Paiement transmis" (211).
 */
export const AFNOR_LIFECYCLE_CODES: Record<InvoiceStatus, AfnorLifecycleCode | null> = {
  BROUILLON: null,
  A_VALIDER_1: "200",
  VALIDEE_1: "200",
  REFUSEE_1: "210",
  DEPOSEE: "200",
  EN_COURS_ACHEMINEMENT: "201",
  MISE_A_DISPOSITION: "203",
  SUSPENDUE: "208",
  COMPLETEE: "209",
  A_RECYCLER: "213",
  REJETEE: "210",
  SERVICE_FAIT: "205",
  MANDATEE: "205",
  MISE_A_DISPOSITION_COMPTABLE: "205",
  COMPTABILISEE: "205",
  MISE_EN_PAIEMENT: "211",
  // Works documents: with the MOE the document is still only deposited (200), like one with the holder of the contract;
  // asked to be completed it is "Suspendue" (208); the MOE's refusal is a refusal (210); passed on, it is on its way (201).
  MISE_A_DISPOSITION_MOE: "200",
  A_COMPLETER: "208",
  REFUSEE_MOE: "210",
  TRANSMISE_MOA: "201",
  ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE: "201",
};

/** The reform's code and label of a status, or null. */
export function afnorLifecycleOf(status: InvoiceStatus): { code: AfnorLifecycleCode; libelle: string } | null {
  const code = AFNOR_LIFECYCLE_CODES[status];
  return code ? { code, libelle: AFNOR_LIFECYCLE_LABELS[code] } : null;
}
