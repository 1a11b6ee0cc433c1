// invoices/works — what React code of « Factures de travaux » needs: labels, pure rules, schemas, and the types the
// use cases return (type-only).
export * from "./rules/moe-deadline.ts";
export * from "./rules/works-amounts.ts";
export * from "./rules/works-cadres.ts";
export * from "./rules/works-labels.ts";
export * from "./schemas.ts";
export type { WorksDocumentDetail, WorksHistoryRow } from "./data/works-document-detail.ts";
export type { WorksDocumentPage, WorksDocumentRow } from "./data/works-document-rows.ts";
