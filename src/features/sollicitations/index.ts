// Sollicitations: the questions of a structure's users to the platform's support or to a public structure, their
// thread of replies and statuses — the public entry for server code and other areas. React code imports ui.ts.
export * from "./rules/categories.ts";
export * from "./rules/statuses.ts";
export * from "./rules/paths.ts";
export * from "./rules/invoice-question.ts";
export * from "./rules/search-params.ts";
export { SOLLICITATIONS_PAGE_SIZE } from "./rules/pages.ts";
export * from "./rules/attachments.ts";
export * from "./schemas.ts";
export type { SollicitationRow, SollicitationDetailRow } from "./data/detail.ts";
export { answerSollicitation } from "./use-cases/answer-sollicitation.ts";
export { closeSollicitation } from "./use-cases/close-sollicitation.ts";
export { createSollicitation } from "./use-cases/create-sollicitation.ts";
export { getSollicitation } from "./use-cases/get-sollicitation.ts";
export { getSollicitationAttachment } from "./use-cases/get-sollicitation-attachment.ts";
export { getSollicitationForm } from "./use-cases/get-sollicitation-form.ts";
export { listAddresseeServices } from "./use-cases/list-addressee-services.ts";
export { listSollicitations } from "./use-cases/list-sollicitations.ts";
export { replySollicitation } from "./use-cases/reply-sollicitation.ts";
export { takeSollicitationInCharge } from "./use-cases/take-sollicitation-in-charge.ts";
