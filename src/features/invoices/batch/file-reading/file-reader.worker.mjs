// The entry of the file-reading worker threads (src/server/worker-pool.ts): plain JavaScript, loaded from the project
// root as it is (Next.js never bundles it), so that the same file runs under next start, next dev, vitest and tsx.
// It bundles the TypeScript of the tasks (with its @/ paths; packages stay imports of node_modules) into one ES module
// with esbuild (tsx's own compiler), then loads it: no TypeScript loader runs in the thread. With tsx's loader
// (register()) each thread kept a hooks thread and every compiled module in memory: about 110 MB of RSS per thread
// against about 45 MB bundled (decision 0020). The bundle is written under node_modules/.cache (or the temporary folder).
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, stop } from "esbuild";

const root = process.cwd();
const requireHere = createRequire(import.meta.url);
/** A package's file as Node resolves it; CommonJS resolution for the subpaths ESM cannot resolve (no "exports" map, no extension). */
function packageUrl(specifier) {
  const url = import.meta.resolve(specifier);
  return existsSync(fileURLToPath(url)) ? url : pathToFileURL(requireHere.resolve(specifier)).href;
}
/**
 * Packages stay outside the bundle, imported by their resolved file (the bundle lives elsewhere). Taken as free of side
 * effects: a package none of whose exports the tasks use is not imported at all (the React components that the areas'
 * ui.ts entries export beside their rules: react-dsfr cannot even be loaded by Node outside a bundler).
 */
const packagesOutside = {
  name: "packages-outside",
  setup(bundler) {
    // Bare specifiers only: the project's @/ paths go on to esbuild's tsconfig resolution, node: modules stay as they are.
    bundler.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@/") || args.path.startsWith("node:") ? undefined : { path: packageUrl(args.path), external: true, sideEffects: false }));
  },
};
const tasks = fileURLToPath(new URL("./file-reader-tasks.ts", import.meta.url));
const { outputFiles } = await build({
  entryPoints: [tasks],
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  plugins: [packagesOutside],
  write: false,
  logLevel: "error",
});
await stop(); // esbuild's service process is not needed any more
// Named after its content: the threads of every process share one file per version of the code, written whole
// (renamed into place) by the first, and never removed under a thread that loads it. Its packages are imported by
// absolute URL, so it may live anywhere: the system's temporary folder when node_modules cannot be written.
const { contents } = outputFiles[0];
const name = `tasks-${createHash("sha256").update(contents).digest("hex").slice(0, 16)}.mjs`;
function written(directory) {
  const bundle = path.join(directory, name);
  if (existsSync(bundle)) return bundle;
  mkdirSync(directory, { recursive: true });
  const partial = `${bundle}.${randomUUID()}`;
  writeFileSync(partial, contents);
  renameSync(partial, bundle);
  return bundle;
}
let bundle;
try {
  bundle = written(path.join(root, "node_modules/.cache/file-reader"));
} catch {
  bundle = written(path.join(tmpdir(), "portail-file-reader"));
}
await import(pathToFileURL(bundle).href);
