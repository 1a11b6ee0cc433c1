// invoices/works — « Factures de travaux » and « Factures de travaux reçues » (issue 14): the works documents of public
// works contracts, their maîtrise d'œuvre's circuit before the maître d'ouvrage; for server code and other areas.
export { worksJobHandlers, runMoeDeadlineJob } from "./jobs.ts";
export { WORKS_NOT_FOUND_MESSAGE } from "./data/works-access.ts";
export { type WorksAttachment, type WorksDocumentDetail, type WorksHistoryRow, type WorksStoredDocument } from "./data/works-document-detail.ts";
export { WORKS_PAGE_SIZE, type WorksDocumentPage, type WorksDocumentRow } from "./data/works-document-rows.ts";
export { type WorksStatusChanged } from "./data/works-moves.ts";
export * from "./rules/moe-deadline.ts";
export * from "./rules/works-amounts.ts";
export * from "./rules/works-cadres.ts";
export * from "./rules/works-labels.ts";
export * from "./schemas.ts";
export { askWorksDocumentCompletion } from "./use-cases/ask-works-document-completion.ts";
export { completeWorksDocument } from "./use-cases/complete-works-document.ts";
export { findWorksParty, type WorksParty } from "./use-cases/find-works-party.ts";
export { getWorksDocument } from "./use-cases/get-works-document.ts";
export { getWorksDocumentFile, type WorksFileRef } from "./use-cases/get-works-document-file.ts";
export { listWorksDocuments } from "./use-cases/list-works-documents.ts";
export { passOverdueWorksDocuments } from "./use-cases/pass-overdue-works-documents.ts";
export { passWorksDocumentToMoa } from "./use-cases/pass-works-document-to-moa.ts";
export { recycleWorksDocument } from "./use-cases/recycle-works-document.ts";
export { refuseWorksDocument } from "./use-cases/refuse-works-document.ts";
export { scheduleMoeDeadlineRun } from "./use-cases/schedule-moe-deadline-run.ts";
export { submitWorksDocument, type SubmittedWorksDocument } from "./use-cases/submit-works-document.ts";
