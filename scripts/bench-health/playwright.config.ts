// The Playwright configuration of npm run bench:health: the end-to-end one (its production server, `npm start` on a
// database of its own), with the bench's journey only and room for a big batch.
import path from "node:path";
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const webServer = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer!;

export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "*.bench.ts",
  timeout: 15 * 60_000,
  reporter: [["list"]],
  // The server command is relative to the project root, not to this folder.
  webServer: { ...webServer, cwd: root },
  outputDir: path.join(root, "test-results", "bench-health"),
});
