// Raccordements' entry for React code: the labels and schemas its forms share.
export * from "./rules/labels.ts";
export * from "./schemas.ts";
export * from "./rules/paths.ts";
