// The status machine of an invoice after "Valider et envoyer": for each action, who may take it, from which statuses,
// to which status, and whether it needs a motif; the French refusals of an illegal move. Pure: no I/O.
// COMPLETEE is back with the recipient (its actions apply as to MISE_A_DISPOSITION); a SUSPENDUE invoice waits for
// the supplier (COMPLETER), and the recipient may only reject it meanwhile; VALIDEE_1 is routed like DEPOSEE.
// A works document (issue 14) via a maîtrise d'œuvre waits for it first (MISE_A_DISPOSITION_MOE): passed on
// (TRANSMISE_MOA) or passed by the platform when the MOE let its deadline go by, it is routed like DEPOSEE to the
// maître d'ouvrage, which then processes it as any received invoice.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { INVOICE_STATUS_LABELS } from "@/features/invoices/common/ui.ts";
import { FINAL_STATUSES, LIFECYCLE_ACTIONS, REJECTION_MOTIFS, type LifecycleAction, type LifecycleActor } from "./lifecycle-contract.ts";

export type Move = {
  actor: LifecycleActor;
  from: readonly InvoiceStatus[];
  to: InvoiceStatus;
  /** "liste": one of seed 004's rejection motifs; "libre": any text; null: none asked (one given is ignored). */
  motif: "liste" | "libre" | null;
};

/** The recipient's processing starts from an invoice made available to it, or completed by the supplier. */
const AT_RECIPIENT = ["MISE_A_DISPOSITION", "COMPLETEE"] as const satisfies readonly InvoiceStatus[];

export const MOVES: Record<LifecycleAction, Move> = {
  ACHEMINER: { actor: "PLATEFORME", from: ["DEPOSEE", "VALIDEE_1", "TRANSMISE_MOA", "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE"], to: "EN_COURS_ACHEMINEMENT", motif: null },
  METTRE_A_DISPOSITION: { actor: "PLATEFORME", from: ["EN_COURS_ACHEMINEMENT"], to: "MISE_A_DISPOSITION", motif: null },
  RENVOYER_A_RECYCLER: { actor: "PLATEFORME", from: ["EN_COURS_ACHEMINEMENT"], to: "A_RECYCLER", motif: "libre" },
  VALIDER_HORS_DELAI: { actor: "PLATEFORME", from: ["A_VALIDER_1"], to: "VALIDEE_1", motif: null },

  SUSPENDRE: { actor: "DESTINATAIRE", from: [...AT_RECIPIENT, "SERVICE_FAIT"], to: "SUSPENDUE", motif: "libre" },
  REJETER: { actor: "DESTINATAIRE", from: [...AT_RECIPIENT, "SUSPENDUE", "SERVICE_FAIT"], to: "REJETEE", motif: "liste" },
  A_RECYCLER: { actor: "DESTINATAIRE", from: AT_RECIPIENT, to: "A_RECYCLER", motif: "libre" },
  SERVICE_FAIT: { actor: "DESTINATAIRE", from: AT_RECIPIENT, to: "SERVICE_FAIT", motif: null },
  MANDATER: { actor: "DESTINATAIRE", from: [...AT_RECIPIENT, "SERVICE_FAIT"], to: "MANDATEE", motif: null },
  MISE_A_DISPOSITION_COMPTABLE: { actor: "DESTINATAIRE", from: ["MANDATEE"], to: "MISE_A_DISPOSITION_COMPTABLE", motif: null },
  COMPTABILISER: { actor: "DESTINATAIRE", from: ["MANDATEE", "MISE_A_DISPOSITION_COMPTABLE"], to: "COMPTABILISEE", motif: null },
  METTRE_EN_PAIEMENT: { actor: "DESTINATAIRE", from: ["COMPTABILISEE"], to: "MISE_EN_PAIEMENT", motif: null },

  COMPLETER: { actor: "FOURNISSEUR", from: ["SUSPENDUE"], to: "COMPLETEE", motif: null },
  RECYCLER: { actor: "FOURNISSEUR", from: ["A_RECYCLER"], to: "DEPOSEE", motif: null },

  VALIDER: { actor: "VALIDEUR", from: ["A_VALIDER_1"], to: "VALIDEE_1", motif: null },
  REFUSER: { actor: "VALIDEUR", from: ["A_VALIDER_1"], to: "REFUSEE_1", motif: "libre" },

  TRANSMETTRE_A_LA_MOA: { actor: "MOE", from: ["MISE_A_DISPOSITION_MOE"], to: "TRANSMISE_MOA", motif: null },
  REFUSER_MOE: { actor: "MOE", from: ["MISE_A_DISPOSITION_MOE"], to: "REFUSEE_MOE", motif: "libre" },
  DEMANDER_COMPLEMENT: { actor: "MOE", from: ["MISE_A_DISPOSITION_MOE"], to: "A_COMPLETER", motif: "libre" },
  COMPLETER_TRAVAUX: { actor: "FOURNISSEUR", from: ["A_COMPLETER"], to: "MISE_A_DISPOSITION_MOE", motif: null },
  TRANSMETTRE_HORS_DELAI: { actor: "PLATEFORME", from: ["MISE_A_DISPOSITION_MOE"], to: "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE", motif: null },
};

export const ACTION_LABELS: Record<LifecycleAction, string> = {
  ACHEMINER: "Acheminer vers le destinataire",
  METTRE_A_DISPOSITION: "Mettre à disposition du destinataire",
  RENVOYER_A_RECYCLER: "Renvoyer à recycler",
  VALIDER_HORS_DELAI: "Validation automatique hors délai",
  SUSPENDRE: "Suspendre",
  REJETER: "Rejeter",
  A_RECYCLER: "À recycler",
  SERVICE_FAIT: "Service fait",
  MANDATER: "Mandatée",
  MISE_A_DISPOSITION_COMPTABLE: "Mise à disposition comptable",
  COMPTABILISER: "Comptabilisée",
  METTRE_EN_PAIEMENT: "Mise en paiement",
  COMPLETER: "Compléter",
  RECYCLER: "Recycler",
  VALIDER: "Valider",
  REFUSER: "Refuser",
  TRANSMETTRE_A_LA_MOA: "Valider et transmettre à la MOA",
  REFUSER_MOE: "Refuser",
  DEMANDER_COMPLEMENT: "Demander de compléter",
  COMPLETER_TRAVAUX: "Compléter",
  TRANSMETTRE_HORS_DELAI: "Transmission automatique à la MOA hors délai",
};

const RESERVED_TO: Record<LifecycleActor, string> = {
  PLATEFORME: "à la plateforme",
  FOURNISSEUR: "au fournisseur de la facture",
  DESTINATAIRE: "au destinataire de la facture",
  VALIDEUR: "au titulaire ou au mandataire du marché",
  MOE: "à la maîtrise d'œuvre",
};

export const MOTIF_MAX_LENGTH = 255;
export const COMMENT_MAX_LENGTH = 2000;

const MOTIF_REQUIRED: Partial<Record<LifecycleAction, string>> = {
  SUSPENDRE: "Indiquez le motif de la suspension.",
  A_RECYCLER: "Indiquez le motif du recyclage.",
  RENVOYER_A_RECYCLER: "Indiquez le motif du recyclage.",
  REFUSER: "Indiquez le motif du refus.",
  REFUSER_MOE: "Indiquez le motif du refus.",
  DEMANDER_COMPLEMENT: "Indiquez ce que le fournisseur doit compléter.",
};
export const REJECTION_MOTIF_MESSAGE = "Choisissez le motif de rejet dans la liste.";

export const actorOf = (action: LifecycleAction): LifecycleActor => MOVES[action].actor;
export const isFinalStatus = (status: InvoiceStatus) => FINAL_STATUSES.includes(status);
export const requiresMotif = (action: LifecycleAction) => MOVES[action].motif !== null;

/** Why a user of another side may not take the action: « L'action « Rejeter » est réservée au destinataire de la facture. » */
export const reservedMessage = (action: LifecycleAction) => `L'action « ${ACTION_LABELS[action]} » est réservée ${RESERVED_TO[MOVES[action].actor]}.`;

const quoted = (status: InvoiceStatus) => `« ${INVOICE_STATUS_LABELS[status]} »`;

export type MoveVerdict = { ok: true; to: InvoiceStatus } | { ok: false; message: string };

/** Whether `actor` may take `action` on an invoice in `status`: the status it moves to, or why not (in French). */
export function checkMove(status: InvoiceStatus, action: LifecycleAction, actor: LifecycleActor): MoveVerdict {
  const move = MOVES[action];
  const label = `« ${ACTION_LABELS[action]} »`;
  if (move.actor !== actor) return { ok: false, message: reservedMessage(action) };
  if (move.from.includes(status)) return { ok: true, to: move.to };
  if (isFinalStatus(status)) {
    return { ok: false, message: `La facture est à l'état ${quoted(status)} : son traitement est terminé, elle ne change plus d'état.` };
  }
  const expected = move.from.map(quoted).join(" ou ");
  return { ok: false, message: `L'action ${label} n'est pas possible sur une facture à l'état ${quoted(status)} : elle demande l'état ${expected}.` };
}

/** The status `actor` moves an invoice in `status` to with `action`, or null when the move is illegal. */
export function nextStatus(status: InvoiceStatus, action: LifecycleAction, actor: LifecycleActor): InvoiceStatus | null {
  const verdict = checkMove(status, action, actor);
  return verdict.ok ? verdict.to : null;
}

/** The actions `actor` may take on an invoice in `status`, in the order of LIFECYCLE_ACTIONS. */
export function availableActions(status: InvoiceStatus, actor: LifecycleActor): LifecycleAction[] {
  return LIFECYCLE_ACTIONS.filter((action) => nextStatus(status, action, actor) !== null);
}

/**
 * How an invoice enters its life: its creation is a move of the machine too (decision 0004). The supplier saves it
 * as a draft (entered, duplicated, or a file deposited to be completed: no move yet, no history row), then sends it,
 * which takes it out of BROUILLON once and for all: to its recipient (DEPOSEE, then routed) or, A9 / A12, to the
 * holder of the contract first (A_VALIDER_1). A flux's invoices are sent the moment they are written.
 */
export const CREATIONS = {
  ENREGISTRER: { actor: "FOURNISSEUR", from: null, to: "BROUILLON" },
  DEPOSER: { actor: "FOURNISSEUR", from: "BROUILLON", to: "DEPOSEE" },
  SOUMETTRE_AU_VALIDEUR: { actor: "FOURNISSEUR", from: "BROUILLON", to: "A_VALIDER_1" },
  /** A works document of a cadre checked by a maîtrise d'œuvre (A4, A7, A10, A11, A13, A14), which has 7 days. */
  SOUMETTRE_A_LA_MOE: { actor: "FOURNISSEUR", from: "BROUILLON", to: "MISE_A_DISPOSITION_MOE" },
} as const satisfies Record<string, { actor: LifecycleActor; from: InvoiceStatus | null; to: InvoiceStatus }>;
export type Creation = keyof typeof CREATIONS;
/** The creations that send a draft. */
export type Sending = Exclude<Creation, "ENREGISTRER">;

export type TransitionInput = { motif?: string | null; comment?: string | null };

const clean = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * The motif and comment as the history keeps them (trimmed; a motif the action does not ask for is dropped), or the
 * refusals on their fields: a missing motif, a rejection motif outside seed 004's list, a text too long.
 */
export function transitionInput(action: LifecycleAction, input: TransitionInput = {}): { motif?: string; comment?: string; errors: Record<string, string> } {
  const kind = MOVES[action].motif;
  const motif = kind ? clean(input.motif) : undefined;
  const comment = clean(input.comment);
  const errors: Record<string, string> = {};
  if (kind === "liste" && !(REJECTION_MOTIFS as readonly string[]).includes(motif ?? "")) errors.motif = REJECTION_MOTIF_MESSAGE;
  else if (kind === "libre" && !motif) errors.motif = MOTIF_REQUIRED[action] ?? "Indiquez le motif.";
  else if (motif && motif.length > MOTIF_MAX_LENGTH) errors.motif = `Le motif comporte ${MOTIF_MAX_LENGTH} caractères au plus.`;
  if (comment && comment.length > COMMENT_MAX_LENGTH) errors.comment = `Le commentaire comporte ${COMMENT_MAX_LENGTH} caractères au plus.`;
  return { motif, comment, errors };
}
