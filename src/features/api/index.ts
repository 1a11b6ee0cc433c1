// The API (/api/v1): the real portal's services as operations, each calling the same use case as the page, with the
// same rules and rights (the caller is a technical account). The routes of src/app/api/v1 are one line each.
export { API_OPERATIONS } from "./catalogue.ts";
export * from "./operations/transverses/index.ts";
export * from "./operations/factures/index.ts";
export * from "./operations/factures/recipient-index.ts";
export * from "./operations/factures-travaux/index.ts";
export * from "./operations/structures/index.ts";
export * from "./operations/utilisateurs/index.ts";
export * from "./operations/sollicitations/index.ts";
export * from "./operations/engagements/index.ts";
