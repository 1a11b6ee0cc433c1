// Billing mandates' entry for React code: the pure rules and table columns the pages show.
export * from "./rules/mandate-rules.ts";
export * from "./rules/mandate-table.ts";
