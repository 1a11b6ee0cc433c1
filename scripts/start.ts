// npm start       the portal as it runs in production (next build + next start), with its services
// npm run dev     the same services, with next dev (hot reload)
// Without DATABASE_URL: an embedded PostgreSQL with its data in .data/. Without SMTP_URL: MailDev.
import "./lib/load-env.ts";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { openDatabase, type Database } from "./lib/database.ts";
import { startMailCatcher, type MailCatcher } from "./lib/mail-catcher.ts";
import { applyMigrations, projectRoot } from "./lib/migrations.ts";
import { isPortFree, startChild, superviseChild, waitForPort, type Child } from "./lib/processes.ts";
import { demoPassword, seedDatabase } from "./lib/seed.ts";
import { DEMO_API_CLIENT_FILE, ensureDemoApiClient } from "./lib/demo-api-client.ts";
import { DEMO_TOTP_SECRET } from "../prisma/seed/demo-second-factor.ts";
import { demoModeRefusal, resolveDemoMode } from "../src/server/demo-mode.ts";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const stops: (() => Promise<void>)[] = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
  process.exit(code);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

/** NEXTAUTH_SECRET signs the sessions: given, or generated once and kept in .data/. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(projectRoot, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function nextBin() {
  return path.join(path.dirname(createRequire(import.meta.url).resolve("next/package.json")), "dist", "bin", "next");
}

async function run(child: Child): Promise<void> {
  const code = await new Promise<number | null>((resolve) => child.process.once("exit", resolve));
  if (code !== 0) throw new Error(`next ${dev ? "dev" : "build"} s'est arrêté avec le code ${code}.`);
}

async function main() {
  // Before anything starts: demo accounts (a password known to all) never on a public address unless asked.
  const refusal = demoModeRefusal(process.env, process.env.NEXTAUTH_URL ?? `http://localhost:${port}`);
  if (refusal) throw new Error(refusal);
  process.env.DEMO_MODE = String(resolveDemoMode(process.env));
  if (!(await isPortFree(port))) throw new Error(`Le port ${port} est déjà utilisé : arrêtez l'autre programme ou choisissez PORT=…`);

  console.log(process.env.DATABASE_URL ? "Base de données : DATABASE_URL" : "Démarrage de PostgreSQL embarqué (données dans .data/)…");
  const database: Database = await openDatabase();
  stops.push(database.stop);
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Migrations appliquées : ${applied.join(", ")}`);
  // The seed seals the demo accounts' second factor with the same key as the app.
  process.env.NEXTAUTH_SECRET = authSecret();
  const accounts = await seedDatabase(database.url);
  const publicUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  // Demo mode: CHORUS SOCIETE's technical account and its application, to try the API at once.
  const apiClient = demoPassword() ? await ensureDemoApiClient(database.url, publicUrl) : null;

  let mail: MailCatcher | undefined;
  if (!process.env.SMTP_URL) {
    mail = await startMailCatcher({ smtpPort: Number(process.env.MAILDEV_SMTP_PORT ?? 1025), webPort: Number(process.env.MAILDEV_WEB_PORT ?? 1080) });
    stops.push(mail.stop);
  }

  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    SMTP_URL: process.env.SMTP_URL ?? mail!.smtpUrl,
    NEXTAUTH_URL: publicUrl,
    NEXTAUTH_SECRET: authSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev) {
    console.log("Construction de l'application (next build)…");
    await run(startChild(process.execPath, [nextBin(), "build"], { name: "next build", cwd: projectRoot, env }));
  }
  // The web server is restarted when it dies (PostgreSQL and the mail catcher keep running); the jobs it was running
  // are taken again by the restarted one as soon as their short lock expires (src/server/jobs/run-jobs.ts).
  // scripts/serve.ts: Next.js behind a small HTTP server (client address from the socket, body size per route).
  const serve = ["--import", "tsx", path.join(projectRoot, "scripts", "serve.ts"), ...(dev ? ["--dev"] : [])];
  // MALLOC_ARENA_MAX=2 (unless set): glibc gives each thread (the file-reading threads, libuv's) an arena of its own
  // that keeps what it freed; 10,000 batch files left about 60 to 90 MB of them in the RSS (decision 0020).
  const serverEnv = { MALLOC_ARENA_MAX: "2", ...env, PORT: String(port) };
  const app = superviseChild(() => startChild(process.execPath, serve, { name: "next", cwd: projectRoot, env: serverEnv }), {
    name: "next",
    onRestart: (code, signal) => console.error(`Le serveur Next.js s'est arrêté (${signal ?? `code ${code}`}) : redémarrage…`),
    onGiveUp: (code) => {
      console.error("Le serveur Next.js s'arrête dès son démarrage, plusieurs fois de suite : arrêt.");
      void stopAll(code ?? 1);
    },
  });
  stops.unshift(app.stop);
  await waitForPort(port, "127.0.0.1", 120_000);

  const password = demoPassword();
  console.log(
    [
      "",
      "──────────────────────────────────────────────────────────────",
      ` Portail          ${publicUrl}`,
      ` Santé            ${publicUrl}/api/health`,
      ` API              ${publicUrl}/api/v1   (référence : ${publicUrl}/api/docs)`,
      mail ? ` Courriels        ${mail.webUrl}   (SMTP ${mail.smtpUrl})` : ` Courriels        via ${process.env.SMTP_URL}`,
      ` Base de données  ${database.embedded ? `PostgreSQL embarqué, port ${new URL(database.url).port}, données dans .data/` : "DATABASE_URL"}`,
      "",
      password ? ` Mode démonstration — comptes (mot de passe : ${password})` : " Comptes de démonstration non créés (DEMO_MODE=false).",
      ...(password ? accounts.map((a) => `   ${a.email.padEnd(44)} ${a.name} — ${a.structure}`) : []),
      ...(password ? [` Double authentification : clé ${DEMO_TOTP_SECRET} à saisir dans une application d'authentification,`, "   ou « Recevoir un code par courriel » (boîte de réception ci-dessus)"] : []),
      ...(apiClient
        ? [
            "",
            " API de démonstration — compte technique de CHORUS SOCIETE (Factures émises, modification)" + (apiClient.rotated ? " — nouveau secret" : ""),
            `   client_id        ${apiClient.client_id}`,
            `   client_secret    ${apiClient.client_secret}`,
            `   jeton            curl -u client_id:client_secret -d grant_type=client_credentials ${apiClient.token_url}`,
            `   (dans ${path.relative(projectRoot, DEMO_API_CLIENT_FILE)} ; démarrage rapide : section « API » du README)`,
          ]
        : []),
      "",
      " Ctrl-C arrête tout.",
      "──────────────────────────────────────────────────────────────",
    ].join("\n"),
  );
}

main().catch((error: Error) => {
  console.error(`\nÉchec du démarrage : ${error.message}`);
  void stopAll(1);
});
