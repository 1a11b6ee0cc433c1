// Where the end-to-end tests find Chromium: CHROMIUM_PATH, Debian's package, or Playwright's own download.
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return undefined; // Playwright's own browser, if `npx playwright install chromium` was run
}

// Without the networking flags, Chromium floods a closed network with refused connections.
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
