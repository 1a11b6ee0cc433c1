import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/lib/browser.ts";

const port = Number(process.env.E2E_PORT ?? 3100);
export const MAILDEV_WEB_PORT = Number(process.env.E2E_MAILDEV_WEB_PORT ?? 1180);
export const E2E_DEMO_PASSWORD = "Demo-E2E-Portail-2026!";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    // A failed journey keeps its trace (every action, the DOM before and after it, the network) and a screenshot of
    // where it stopped. The trace's screencast (a JPEG of every frame the page paints) is left out: recorded for every
    // journey and thrown away for those that pass, it took CPU from the server and the browser on a 2-core CI.
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: true, sources: true },
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    // Migrations, the demo seed and `next build` come first: about 3 minutes on a quiet 2-core machine, more when shared.
    timeout: 480_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: {
      PORT: String(port),
      NEXTAUTH_URL: `http://localhost:${port}`,
      EMBEDDED_PG_PORT: String(Number(process.env.E2E_PG_PORT ?? 54330)),
      MAILDEV_SMTP_PORT: String(Number(process.env.E2E_MAILDEV_SMTP_PORT ?? 1125)),
      MAILDEV_WEB_PORT: String(MAILDEV_WEB_PORT),
      DEMO_PASSWORD: E2E_DEMO_PASSWORD,
      // Seed 001's journey creates CHORUS SOCIETE and Simon Pellegrin's account itself.
      DEMO_SEED_EXCLUDE: "FRCHORUSSOCIETE",
      // Every test logs in from 127.0.0.1: the per-IP lock is checked by the integration tests.
      LOGIN_MAX_FAILURES_PER_IP: "1000",
      // The same for the slow-down of one account from one address (a few specs fail logins on purpose), and for the
      // per-address limits of the public forms (sign-ups, captchas…).
      LOGIN_FREE_FAILURES: "10",
      RATE_LIMIT_PER_IP_FACTOR: "100",
      LOG_LEVEL: "warn",
      ALTCHA_MAX_NUMBER: "2000",
    },
  },
});
