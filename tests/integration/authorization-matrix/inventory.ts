// The entries to authorise, read from the code: every export of a file with the 'use server' directive under
// src/features (server actions), and every HTTP method exported by a route handler (src/app/**/route.ts). A new action
// or route without its row in the matrix makes the matrix test fail.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function filesUnder(folder: string, keep: (file: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(full, keep));
    else if (keep(full)) found.push(full);
  }
  return found;
}

/** Whether the module starts (after comments) with the 'use server' directive. */
export function hasUseServerDirective(source: string): boolean {
  const code = source.replace(/^(\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*/, "");
  return /^\s*["']use server["']/.test(code);
}

/** The names a module exports as values (types erased), from its source. */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*(\w+)/g)) names.add(match[1]);
  for (const match of source.matchAll(/export\s+(?:const|let|var)\s+(\w+)/g)) names.add(match[1]);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1].split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/).pop()?.trim();
      if (name && !part.trim().startsWith("type ")) names.add(name);
    }
  }
  return [...names];
}

export type ActionEntry = { name: string; file: string };
export type RouteEntry = { key: string; method: (typeof HTTP_METHODS)[number]; path: string; file: string };

/** Every server action: the exports of the 'use server' files under src/features. */
export function serverActions(): ActionEntry[] {
  const files = filesUnder(path.join(ROOT, "src/features"), (file) => /\.tsx?$/.test(file)).filter((file) => hasUseServerDirective(readFileSync(file, "utf8")));
  return files.flatMap((file) => exportedNames(readFileSync(file, "utf8")).map((name) => ({ name, file: path.relative(ROOT, file) })));
}

/** The URL path of a route handler's file: src/app/(portail)/factures-emises/[id]/route.ts → /factures-emises/[id]. */
export const routePath = (file: string) =>
  "/" +
  path
    .relative(path.join(ROOT, "src/app"), path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .join("/");

/** Every route handler's method: "GET /factures-emises/[id]/documents/[kind]". */
export function routeHandlers(): RouteEntry[] {
  const files = filesUnder(path.join(ROOT, "src/app"), (file) => /[\\/]route\.(ts|tsx|js)$/.test(file));
  return files.flatMap((file) => {
    const names = exportedNames(readFileSync(file, "utf8"));
    return HTTP_METHODS.filter((method) => names.includes(method)).map((method) => ({
      key: `${method} ${routePath(file)}`,
      method,
      path: routePath(file),
      file: path.relative(ROOT, file),
    }));
  });
}
