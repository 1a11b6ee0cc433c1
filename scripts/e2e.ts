// Runs Playwright on ports found free now (unless E2E_* says which), so that a portal, a PostgreSQL or a mail
// catcher already running on this machine never stops the end-to-end tests. Playwright's workers inherit them.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { freePort } from "./lib/processes.ts";

for (const name of ["E2E_PORT", "E2E_PG_PORT", "E2E_MAILDEV_SMTP_PORT", "E2E_MAILDEV_WEB_PORT"]) {
  process.env[name] ??= String(await freePort());
}
const playwrightCli = createRequire(import.meta.url).resolve("@playwright/test/cli");
const child = spawn(process.execPath, [playwrightCli, "test", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
