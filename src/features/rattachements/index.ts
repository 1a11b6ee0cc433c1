// Rattachements: a user's requests to join structures and the gestionnaires' decisions, invitations, the users of a
// structure, claims of a structure without gestionnaire, and the structure search they start from. The public entry
// for server code; React code imports ui.ts.
export * from "./rules/structure-search-csv.ts";
export * from "./rules/user-management-rules.ts";
export * from "./schemas/claim.ts";
export * from "./schemas/rattachement.ts";
export * from "./schemas/users.ts";
export { requireOpenEspaces } from "./data/members.ts";
export { getPendingRequest } from "./use-cases/get-pending-request.ts";
export { getStructureToClaim } from "./use-cases/get-structure-to-claim.ts";
export { listPendingRequests } from "./use-cases/list-pending-requests.ts";
export { listUserClaims } from "./use-cases/list-user-claims.ts";
export { listUserRattachements } from "./use-cases/list-user-rattachements.ts";
export { searchStructures } from "./use-cases/search-structures.ts";
export { streamStructures } from "./use-cases/stream-structures.ts";
