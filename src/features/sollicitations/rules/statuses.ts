// The statuses of a sollicitation and who moves it where. The addressee (a public structure's staff or the platform's
// support) takes it in charge, answers it, asks the author for more (Complément demandé) or marks it Traitée; the
// author answers a request for more (Complétée), sends back an answer that does not satisfy them (Renvoyée), or
// closes it (Clôturée, final). Pure: no I/O.
import type { SollicitationStatus } from "@/generated/prisma/enums.ts";

export const SOLLICITATION_STATUS_LABELS: Record<SollicitationStatus, string> = {
  DEPOSEE: "Déposée",
  EN_COURS_TRAITEMENT: "En cours de traitement",
  COMPLEMENT_DEMANDE: "Complément demandé",
  COMPLETEE: "Complétée",
  TRAITEE: "Traitée",
  RENVOYEE: "Renvoyée",
  CLOTUREE: "Clôturée",
};

export const SOLLICITATION_STATUSES = Object.keys(SOLLICITATION_STATUS_LABELS) as SollicitationStatus[];

/** What the addressee's answer does to the sollicitation, as the answer form offers it. */
export type AnswerOutcome = "EN_COURS_TRAITEMENT" | "COMPLEMENT_DEMANDE" | "TRAITEE";

export const ANSWER_OUTCOME_LABELS: Record<AnswerOutcome, string> = {
  EN_COURS_TRAITEMENT: "Répondre (la sollicitation reste en cours de traitement)",
  COMPLEMENT_DEMANDE: "Demander un complément d'information",
  TRAITEE: "Répondre et marquer la sollicitation traitée",
};

export class SollicitationStatusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SollicitationStatusError";
  }
}

export const isClosed = (status: SollicitationStatus) => status === "CLOTUREE";

/** The sollicitations waiting for the addressee: new, completed by the author, or sent back. */
export const WAITING_FOR_ADDRESSEE: readonly SollicitationStatus[] = ["DEPOSEE", "COMPLETEE", "RENVOYEE"];

/** "Prendre en charge": a sollicitation waiting for the addressee becomes En cours de traitement. */
export function takeInChargeStatus(status: SollicitationStatus): SollicitationStatus {
  if (!WAITING_FOR_ADDRESSEE.includes(status)) {
    throw new SollicitationStatusError(`Une sollicitation à l'état « ${SOLLICITATION_STATUS_LABELS[status]} » ne peut pas être prise en charge.`);
  }
  return "EN_COURS_TRAITEMENT";
}

/** The addressee's answer: any open sollicitation, to the status the answer form chose. */
export function answerStatus(status: SollicitationStatus, outcome: AnswerOutcome): SollicitationStatus {
  if (isClosed(status)) throw new SollicitationStatusError("Cette sollicitation est clôturée : elle ne peut plus recevoir de réponse.");
  return outcome;
}

/**
 * The author's reply: completes a request for more (Complétée), sends back an answer (Renvoyée); otherwise the
 * sollicitation keeps its status (a precision added while it waits or is being processed).
 */
export function authorReplyStatus(status: SollicitationStatus): SollicitationStatus {
  if (isClosed(status)) throw new SollicitationStatusError("Cette sollicitation est clôturée : elle ne peut plus recevoir de réponse.");
  if (status === "COMPLEMENT_DEMANDE") return "COMPLETEE";
  if (status === "TRAITEE") return "RENVOYEE";
  return status;
}

/** "Clôturer": the author closes any sollicitation not closed yet. */
export function closeStatus(status: SollicitationStatus): SollicitationStatus {
  if (isClosed(status)) throw new SollicitationStatusError("Cette sollicitation est déjà clôturée.");
  return "CLOTUREE";
}

/** Which moves the page offers each side (a hint: the use cases apply the rules above). */
export function availableMoves(status: SollicitationStatus) {
  return {
    takeInCharge: WAITING_FOR_ADDRESSEE.includes(status),
    answer: !isClosed(status),
    reply: !isClosed(status),
    close: !isClosed(status),
  };
}
