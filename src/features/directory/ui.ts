// The public directory's entry for React code: the pure rules other areas' forms need. (Its components are server
// components that read the directory: the pages import them from components/.)
export * from "./rules/engagement-format.ts";
export * from "./rules/invoicing-parameters.ts";
export * from "./rules/labels.ts";
export * from "./rules/search-params.ts";
export * from "./schemas.ts";
export type { PublicStructure } from "./use-cases/get-public-structure.ts";
export type { DirectoryEntry, DirectoryPage } from "./use-cases/search-public-directory.ts";
