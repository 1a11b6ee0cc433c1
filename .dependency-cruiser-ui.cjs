// "An area's ui.ts never reaches @/server" (docs/architecture.md), checked on what the browser would load: cruised
// from the ui.ts files only (`depcruise "src/features/**/ui.ts"`), without type-only imports (erased at build), and
// not through an area's actions (a 'use server' module reaches the browser as a reference to call, not as its code).
const project = require("./.dependency-cruiser.cjs");

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "ui-entry-never-reaches-server",
      severity: "error",
      comment:
        "An area's ui.ts (what React code imports) never reaches src/server, even through its components or rules; " +
        "a component that needs the server calls the area's actions.",
      from: { path: "^src/features/.+/ui\\.tsx?$" },
      to: { path: "^src/server/", reachable: true },
    },
  ],
  options: {
    ...project.options,
    tsPreCompilationDeps: false,
    doNotFollow: { path: [...project.options.doNotFollow.path, "^src/features/.+/actions(\\.tsx?$|/)"] },
  },
};
