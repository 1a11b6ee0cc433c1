// Engagements juridiques: a public structure's engagements with its suppliers (create, import, close), the
// requirement that invoices quote an open one, and the supplier's view — the public entry for server code and other
// areas. React code imports ui.ts.
export * from "./schemas.ts";
export * from "./rules/engagement-csv.ts";
export * from "./rules/engagement-quote.ts";
export { engagementQuoteReason, EngagementImportError, type EngagementRow } from "./data/engagements.ts";
export * from "./rules/pages.ts";
export { closeEngagement } from "./use-cases/close-engagement.ts";
export { createEngagement } from "./use-cases/create-engagement.ts";
export { importEngagements } from "./use-cases/import-engagements.ts";
export { listQuotableEngagements } from "./use-cases/list-quotable-engagements.ts";
export { listStructureEngagements } from "./use-cases/list-structure-engagements.ts";
export { listSupplierEngagements } from "./use-cases/list-supplier-engagements.ts";
export { setEngagementRequirement } from "./use-cases/set-engagement-requirement.ts";
