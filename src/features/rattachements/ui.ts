// Rattachements' entry for React code: the pure rules and schemas their forms share, and the espaces' rights table.
export { EspaceRightsTable, type EspaceRightsChoice } from "./components/espace-rights-table.tsx";
export * from "./rules/user-management-rules.ts";
export * from "./schemas/claim.ts";
export * from "./schemas/rattachement.ts";
export * from "./schemas/users.ts";
