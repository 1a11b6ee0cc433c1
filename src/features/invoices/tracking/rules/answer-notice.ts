// What the invoice page says after the supplier answered the recipient (the action redirects with ?reponse=…). Pure.
export const ANSWER_NOTICE_PARAM = "reponse";

export const ANSWER_NOTICES = {
  completee: "La facture a été complétée : elle est de nouveau chez le destinataire, à l'état « Complétée ».",
  recyclee: "La facture a été recyclée : elle est de nouveau déposée et va être acheminée vers son destinataire.",
  "rejet-traite": "Le rejet de la facture est traité : elle ne figure plus parmi les factures à traiter et reste consultable dans Rechercher.",
} as const;

export type AnswerNotice = keyof typeof ANSWER_NOTICES;

export const answerNotice = (value: string | undefined): string | undefined => (value && value in ANSWER_NOTICES ? ANSWER_NOTICES[value as AnswerNotice] : undefined);
