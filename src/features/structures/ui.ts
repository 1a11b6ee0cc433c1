// Structures' entry for React code: the pure rules other areas' components need (espaces, rights, labels).
export * from "./rules/espace-rights.ts";
export * from "./rules/espaces.ts";
export * from "./rules/labels.ts";
