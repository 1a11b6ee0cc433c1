// Before vitest: the oracle test (tests/unit/einvoice/oracle.test.ts) runs the CEN validation artefacts with Saxon-HE
// on Java. Finds them, or installs Debian's libsaxonhe-java (which brings a Java runtime) when we may, as
// ensure-browser.ts does for Chromium. Never fails the run: without them the oracle test is skipped and says why.
import { spawnSync } from "node:child_process";
import { userInfo } from "node:os";
import { findSaxon } from "./lib/saxon.ts";

if (!findSaxon()) {
  const canApt = process.platform === "linux" && userInfo().uid === 0 && spawnSync("which", ["apt-get"]).status === 0;
  if (canApt) {
    console.log("Saxon-HE absent : installation du paquet Debian « libsaxonhe-java » (tests de l'oracle EN 16931)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    if (update.status === 0) spawnSync("apt-get", ["install", "-y", "-qq", "libsaxonhe-java"], { stdio: "inherit", env });
  }
  if (!findSaxon()) {
    console.warn(
      [
        "Saxon-HE ou Java introuvable : le test de l'oracle EN 16931 (règles officielles du CEN) sera ignoré. Pour le lancer :",
        "  - Debian/Ubuntu : sudo apt-get install libsaxonhe-java",
        "  - ou indiquez un Saxon-HE existant : SAXON_JAR=/chemin/vers/saxon-he.jar (et java dans le PATH)",
      ].join("\n"),
    );
  }
}
