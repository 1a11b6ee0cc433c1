// Before the end-to-end tests: finds a Chromium, or installs Debian's when we may, or says what to do.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";
import { chromium } from "@playwright/test";
import { chromiumPath } from "./lib/browser.ts";

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const found = chromiumPath() ?? playwrightChromium();
if (found) {
  if (process.env.CHROMIUM_PATH && !existsSync(found)) {
    console.error(`CHROMIUM_PATH=${found} : ce fichier n'existe pas.`);
    process.exit(1);
  }
  process.exit(0);
}

const canApt = userInfo().uid === 0 && spawnSync("which", ["apt-get"]).status === 0;
if (canApt) {
  console.log("Chromium absent : installation du paquet Debian « chromium »…");
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  const install = update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }) : update;
  if (install.status === 0 && chromiumPath()) process.exit(0);
}
console.error(
  [
    "Aucun navigateur Chromium pour les tests de bout en bout. Au choix :",
    "  - Debian/Ubuntu : sudo apt-get install chromium",
    "  - avec accès à internet : npx playwright install chromium",
    "  - ou indiquez un Chromium existant : CHROMIUM_PATH=/chemin/vers/chromium npm test",
  ].join("\n"),
);
process.exit(1);
