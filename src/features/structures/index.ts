// Structures, their services, espaces and rights, bank accounts: the public entry for server code and other areas.
// React code imports ui.ts. The pages' guard requireEspace (next/navigation, the session) is not re-exported here, so
// that the areas importing this entry (and the job worker started by instrumentation.ts) do not load the session.
export * from "./data/access.ts";
export * from "./data/espace-grants.ts";
export { lockStructure } from "./data/lock-structure.ts";
export { requireServicesOf } from "./data/services.ts";
export * from "./rules/espace-rights.ts";
export * from "./rules/espaces.ts";
export * from "./rules/identifier.ts";
export * from "./rules/labels.ts";
export * from "./rules/paths.ts";
export { getUserEspaces } from "./use-cases/get-user-espaces.ts";
export { listUserStructures } from "./use-cases/list-user-structures.ts";
export { mayModifyEspace } from "./use-cases/may-modify-espace.ts";
