// The public directory (annuaire) of structures: its public entry for server code and other areas.
export * from "./rules/engagement-format.ts";
export * from "./rules/invoicing-parameters.ts";
export * from "./rules/labels.ts";
export * from "./rules/search-params.ts";
export * from "./rules/search-patterns.ts";
export * from "./rules/search-text.ts";
export * from "./schemas.ts";
export { getPublicStructure, type PublicStructure } from "./use-cases/get-public-structure.ts";
export { readDirectorySearch, type DirectorySearchView } from "./use-cases/read-directory-search.ts";
export { COUNT_LIMIT } from "./data/directory-search.ts";
export { searchPublicDirectory, type DirectoryEntry, type DirectoryPage } from "./use-cases/search-public-directory.ts";
export { searchPublicDirectoryByCursor } from "./use-cases/search-public-directory-by-cursor.ts";
export { listPublicServices } from "./use-cases/list-public-services.ts";
