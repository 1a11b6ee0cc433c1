const fs = require("node:fs");
const path = require("node:path");

// The dependency rules of docs/architecture.md, checked by `npm run lint` (depcruise) and proven to fail by
// tests/architecture/. Paths are relative to the directory cruised from (the repository, or a fixture tree), so a
// rule names `src/...`; an npm package is matched wherever its node_modules folder is (`(^|/)node_modules/next/`),
// or by its bare name when it cannot be resolved. "ui.ts never reaches src/server" is checked by a second run from the
// ui.ts files (.dependency-cruiser-ui.cjs), on the browser's graph.

/** An area: a folder of src/features/invoices/, or any other folder of src/features/. $1 captures it. */
const AREA = "^(src/features/invoices/[^/]+|src/features/(?!invoices/)[^/]+)/";
/** The two public entries of an area. */
const AREA_ENTRY = "^src/features/(invoices/[^/]+|(?!invoices/)[^/]+)/(index|ui)\\.tsx?$";

/**
 * Which areas an area may import: read from docs/architecture.md's Areas table (its first column names the area, its
 * last the areas it may depend on, in backquotes), so that the page and the check cannot disagree.
 */
function areaDependencies() {
  const page = fs.readFileSync(path.join(__dirname, "docs/architecture.md"), "utf8");
  const table = page.slice(page.indexOf("\n## Areas"), page.indexOf("\n## ", page.indexOf("\n## Areas") + 1));
  const areas = {};
  for (const row of table.split("\n")) {
    const cells = row.split("|").slice(1, -1);
    const area = /^\s*`([^`]+)`\s*$/.exec(cells[0] ?? "")?.[1];
    if (area) areas[area] = [...cells.at(-1).matchAll(/`([^`]+)`/g)].map((match) => match[1]);
  }
  if (Object.keys(areas).length === 0) throw new Error("docs/architecture.md: no Areas table found");
  return areas;
}
const AREA_DEPENDENCIES = areaDependencies();

/** The framework, the database client and our infrastructure: what a pure file never imports. */
const FRAMEWORK_AND_DATABASE = [
  "(^|/)node_modules/(next|react|react-dom|@prisma/[^/]+)/",
  "^(next|react|react-dom|@prisma/[^/]+)(/|$)",
  "^src/server/",
  "^@/server/",
];
const GENERATED = ["^src/generated/", "^@/generated/"];
/** The generated enums: plain constants (no client, no I/O), which schemas need at run time (`z.enum(InvoiceStatus)`). */
const GENERATED_ENUMS = "^src/generated/prisma/enums\\.ts$";
/** Pure files: an area's rules/ and schemas. */
const PURE = "^src/features/.+/(rules/|schemas/|schemas\\.ts$)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No cycles, between areas or between files (docs/architecture.md).",
      from: {},
      to: { circular: true },
    },
    {
      name: "lower-layers-know-no-feature",
      severity: "error",
      comment:
        "src/server, src/components and src/lib never import src/features or src/app, not even a type: features hand " +
        "the server what it must run for them, and the layer below defines the types it needs.",
      from: { path: "^src/(server|components|lib)/" },
      to: { path: ["^src/(features|app)/", "^@/(features|app)/"] },
    },
    {
      name: "lib-imports-only-lib",
      severity: "error",
      comment: "src/lib: small pure helpers any layer may use; it imports nothing of ours but src/lib.",
      from: { path: "^src/lib/" },
      to: { path: "^src/", pathNot: "^src/lib/" },
    },
    {
      name: "features-never-import-app",
      severity: "error",
      comment: "Dependencies point one way: app → features → server.",
      from: { path: "^src/features/" },
      to: { path: ["^src/app/", "^@/app/"] },
    },
    {
      name: "pure-rules-no-framework-nor-database",
      severity: "error",
      comment:
        "rules/ and schemas are pure: no Next, no React, no Prisma client, no @/server, no I/O (docs/architecture.md).",
      from: { path: PURE },
      to: { path: FRAMEWORK_AND_DATABASE },
    },
    {
      name: "pure-rules-only-generated-types",
      severity: "error",
      comment:
        "rules/ and schemas may take types from @/generated/prisma (import type) and its enums (plain constants), " +
        "never the client's runtime.",
      from: { path: PURE },
      to: { path: GENERATED, pathNot: GENERATED_ENUMS, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "pure-rules-stay-pure",
      severity: "error",
      comment:
        "rules/ and schemas import their own rules/ and schemas, other areas' entries, src/lib — not the area's data/, " +
        "use cases, actions, components or jobs.",
      from: { path: PURE },
      to: { path: "^src/features/.+/(data/|use-cases/|actions(/|\\.tsx?$)|components/|jobs\\.tsx?$)" },
    },
    {
      name: "einvoice-is-pure",
      severity: "error",
      comment:
        "einvoice (EN 16931) is pure: no Next, no React, no Prisma (not even its types), no @/server, no src/generated.",
      from: { path: "^src/features/einvoice/" },
      to: { path: [...FRAMEWORK_AND_DATABASE, ...GENERATED] },
    },
    {
      name: "einvoice-depends-on-no-area",
      severity: "error",
      comment: "einvoice depends on no other area.",
      from: { path: "^src/features/einvoice/" },
      to: { path: "^src/features/", pathNot: "^src/features/einvoice/" },
    },
    {
      name: "only-through-an-area-entry",
      severity: "error",
      comment:
        "Between areas, only through the other area's public entry: index.ts (server code) or ui.ts (React code).",
      from: { path: AREA },
      to: { path: AREA, pathNot: ["^$1/", AREA_ENTRY] },
    },
    // Inside an area, each place imports what architecture.md's "may import" column says. A type-only import is erased
    // at build and allowed here (a component may name the type a use case returns).
    {
      name: "index-exports-its-own-area",
      severity: "error",
      comment: "An area's index.ts re-exports its own files only.",
      from: { path: `${AREA}index\\.tsx?$` },
      to: { path: "^src/features/", pathNot: "^$1/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "ui-entry-exports-react-side",
      severity: "error",
      comment: "An area's ui.ts exports its own components, rules and schemas only (einvoice, all pure, has its own folders).",
      from: { path: `${AREA}ui\\.tsx?$`, pathNot: "^src/features/einvoice/" },
      to: {
        path: "^src/",
        pathNot: ["^$1/(components|rules|schemas)(/|\\.tsx?$)", "^src/lib/"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "data-below-use-cases",
      severity: "error",
      comment: "data/ holds the where builders and queries: it imports rules/ and the database, never a use case, action, component or job.",
      from: { path: `${AREA}data/` },
      to: { path: "^src/features/.+/(use-cases/|actions(/|\\.tsx?$)|components/|jobs\\.tsx?$)", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "use-cases-below-actions",
      severity: "error",
      comment: "A use case imports rules/, data/, @/server and other areas' index.ts: never an action, a component or a job.",
      from: { path: `${AREA}use-cases/` },
      to: { path: "^src/features/.+/(actions(/|\\.tsx?$)|components/|jobs\\.tsx?$)", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "actions-call-use-cases",
      severity: "error",
      comment: "An action imports schemas, use cases and @/server/actions.ts: never data/ nor a component.",
      from: { path: `${AREA}actions(/|\\.tsx?$)` },
      to: { path: "^src/features/.+/(data/|components/)", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "components-through-actions",
      severity: "error",
      comment:
        "A component imports other areas' ui.ts, its own rules/, schemas and actions: never a use case, data/, a job, " +
        "src/server or another area's index.ts (the server's side), except as types.",
      from: { path: `${AREA}components/` },
      to: {
        path: ["^src/features/.+/(use-cases/|data/|jobs\\.tsx?$)", "^src/server/", "^src/features/(invoices/[^/]+|[^/]+)/index\\.tsx?$"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "areas-are-on-the-map",
      severity: "error",
      comment: "Every folder of src/features (and of src/features/invoices) is an area of docs/architecture.md's table.",
      from: {
        path: "^src/features/",
        pathNot: Object.keys(AREA_DEPENDENCIES).map((area) => `^src/features/${area}/`),
      },
      to: {},
    },
    ...Object.entries(AREA_DEPENDENCIES).map(([area, allowed]) => ({
      name: `area-dependencies-${area.replace("/", "-")}`,
      severity: "error",
      comment: `${area} may depend on ${allowed.length ? allowed.join(", ") : "no other area"} (docs/architecture.md, Areas).`,
      from: { path: `^src/features/${area}/` },
      to: {
        path: "^src/features/",
        pathNot: [area, ...allowed].map((allowedArea) => `^src/features/${allowedArea}/`),
      },
    })),
  ],
  options: {
    // tests/architecture/fixtures hold the trees that must fail; they are cruised by the tests, not here.
    exclude: { path: "^tests/architecture/fixtures/" },
    doNotFollow: { path: ["(^|/)node_modules/", "^src/generated/"] },
    // `import type` is a dependency too (marked type-only, so that rules can tell it apart).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
  },
};
