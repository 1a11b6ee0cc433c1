// The Administration space's public entry for server code: the platform administrators' desk (claims of unmanaged
// structures, audit journal). React code takes its components from ui.ts.
export { isAdministrator, requireAdministrator } from "./data/administrators.ts";
export { AUDIT_ACTION_LABELS, CLAIM_STATUS_LABELS } from "./rules/labels.ts";
export { AUDIT_PAGE_SIZE, CLAIMS_PAGE_SIZE } from "./rules/pages.ts";
export { auditPageSchema, claimFilterSchema } from "./schemas.ts";
export { approveClaim } from "./use-cases/approve-claim.ts";
export { getClaim } from "./use-cases/get-claim.ts";
export { getClaimDocument } from "./use-cases/get-claim-document.ts";
export { listAuditLog } from "./use-cases/list-audit-log.ts";
export { listClaims } from "./use-cases/list-claims.ts";
export { refuseClaim } from "./use-cases/refuse-claim.ts";
