// The primary process of scripts/serve.ts when it runs several web workers (src/server/http/web-workers.ts): it forks
// them (each inherits the environment, so the same CLIENT_IP_KEY and NEXTAUTH_SECRET), lets node's cluster share the
// listening port among them, and replaces a worker that dies once it had served. A worker that dies before it ever
// listened is a start failure (no build, a broken configuration): the primary stops with its code, and `npm start`'s
// supervisor decides (scripts/lib/processes.ts, superviseChild).
import cluster, { type Worker } from "node:cluster";

const RESTART_DELAY_MS = 1_000;
const STOP_GRACE_MS = 8_000;

export function superviseWebWorkers(count: number): void {
  const live = new Set<Worker>();
  const listened = new WeakSet<Worker>();
  let exitCode: number | null = null;

  function stopAll(code: number) {
    if (exitCode !== null) return;
    exitCode = code;
    if (live.size === 0) process.exit(code);
    for (const worker of live) worker.process.kill("SIGTERM");
    setTimeout(() => process.exit(code), STOP_GRACE_MS).unref();
  }

  function fork() {
    const worker = cluster.fork();
    live.add(worker);
    worker.once("listening", () => listened.add(worker));
    worker.once("exit", (code, signal) => {
      live.delete(worker);
      if (exitCode !== null) {
        if (live.size === 0) process.exit(exitCode);
      } else if (!listened.has(worker)) {
        console.error(`Un processus du portail s'est arrêté avant d'écouter (${signal ?? `code ${code}`}) : arrêt.`);
        stopAll(code || 1);
      } else {
        console.error(`Un processus du portail s'est arrêté (${signal ?? `code ${code}`}) : remplacement.`);
        setTimeout(() => exitCode === null && fork(), RESTART_DELAY_MS);
      }
    });
  }

  process.on("SIGINT", () => stopAll(0));
  process.on("SIGTERM", () => stopAll(0));
  for (let i = 0; i < count; i++) fork();
  console.log(`Portail : ${count} processus (un par cœur, ou WEB_CONCURRENCY).`);
}
