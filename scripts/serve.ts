// The portal's HTTP server: Next.js's request handler behind a small Node server that does, for every request,
// what Next.js cannot (its handlers never see the socket):
// - the client's address, from the socket, or from X-Forwarded-For / X-Real-IP only when the socket's peer is a
//   proxy that TRUSTED_PROXIES names; passed to the app in a header it vouches for (src/server/http/request-client.ts),
//   after removing any header of that name the request brought;
// - the body size per route (src/server/http/body-limits.ts): 413 on Content-Length before a byte is read, 411
//   for a body without a length;
// - the request id, the CSP nonce and the security headers of pages and route handlers (src/server/http/page-headers.ts),
//   cheaper here than in a Next.js proxy;
// - demo mode on a public address is refused at start (src/server/demo-mode.ts).
// `npm start` runs it (node --import tsx scripts/serve.ts [--dev]); PORT, NEXT_DIST_DIR as for next start.
import "./lib/load-env.ts";
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseTrustedProxies } from "../src/server/http/client-ip.ts";
import { createPortalServer } from "../src/server/http/portal-server.ts";
import { CLIENT_IP_KEY_ENV } from "../src/server/http/request-client.ts";
import { demoModeRefusal, resolveDemoMode } from "../src/server/demo-mode.ts";
import { servedOverHttps } from "../src/server/http/security-headers.ts";
import { webWorkerCount } from "../src/server/http/web-workers.ts";
import { superviseWebWorkers } from "./lib/web-workers.ts";

const projectRoot = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const publicUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;

function fail(message: string): never {
  console.error(`\nÉchec du démarrage : ${message}`);
  process.exit(1);
}

const refusal = demoModeRefusal(process.env, publicUrl);
if (refusal) fail(refusal);
process.env.DEMO_MODE = String(resolveDemoMode(process.env));

let trusted: ReturnType<typeof parseTrustedProxies>;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  fail((error as Error).message);
}
// The key that proves to the app that this server set the client address header (one per process unless given).
process.env[CLIENT_IP_KEY_ENV] ||= randomBytes(32).toString("base64url");
const ipKey = process.env[CLIENT_IP_KEY_ENV]!;

/** Server action id → its module and export, from the build's manifest (read again when it changes, e.g. in dev). */
type ActionInfo = { filename: string; exportedName: string };
const distDir = path.resolve(projectRoot, process.env.NEXT_DIST_DIR ?? ".next");
const manifestFiles = [path.join(distDir, "server", "server-reference-manifest.json"), path.join(distDir, "dev", "server", "server-reference-manifest.json")];
let actions = new Map<string, ActionInfo>();
let manifestVersion = "";
function loadActions() {
  const file = manifestFiles.find((candidate) => existsSync(candidate));
  if (!file) return;
  const version = `${file}:${statSync(file).mtimeMs}`;
  if (version === manifestVersion) return;
  manifestVersion = version;
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, Record<string, Partial<ActionInfo>>>;
  const loaded = new Map<string, ActionInfo>();
  for (const layer of Object.values(manifest)) {
    for (const [id, entry] of Object.entries(layer ?? {})) {
      if (entry && typeof entry.filename === "string" && typeof entry.exportedName === "string") loaded.set(id, { filename: entry.filename, exportedName: entry.exportedName });
    }
  }
  actions = loaded;
}

let webWorkers: number;
try {
  webWorkers = webWorkerCount(process.env.WEB_CONCURRENCY, availableParallelism(), dev);
} catch (error) {
  fail((error as Error).message);
}
// One process per core by default: the primary only forks and supervises them, each worker below serves.
if (cluster.isPrimary && webWorkers > 1) superviseWebWorkers(webWorkers);
else await serve();

async function serve() {
  // As `next start` / `next dev` do, before Next.js (and React) are loaded: they pick their build from it.
  (process.env as Record<string, string>).NODE_ENV ||= dev ? "development" : "production";
  // tsx turned source maps on for the TypeScript it compiles; Node then reads and keeps the map of every module it
  // loads, Next.js's server chunks included (tens of MB of heap, the build's sources with them). `next start` runs
  // without them: so does this server in production (a stack trace then names the build's files, as there).
  if (!dev) process.setSourceMapsEnabled(false);
  const { default: next } = await import("next");
  const app = next({ dev, dir: projectRoot, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  loadActions();

  const server = createPortalServer({
    handle,
    pageHeaderOptions: { dev, https: servedOverHttps(publicUrl) },
    trusted,
    ipKey,
    actionOf: (id) => {
      if (!actions.has(id)) loadActions();
      return actions.get(id) ?? null;
    },
    log: (entry) => console.warn(JSON.stringify({ level: 40, time: Date.now(), service: "portail", ...entry })),
  });
  server.listen(port, () => console.log(`Portail à l'écoute sur le port ${port}${dev ? " (développement)" : ""}.`));

  function stop() {
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  }
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
