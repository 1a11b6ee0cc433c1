// Where Saxon-HE (the XSLT 2.0 processor the CEN validation artefacts need) and Java are found: SAXON_JAR, or
// Debian's libsaxonhe-java. Shared by scripts/ensure-saxon.ts (installs it when it may) and the oracle.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** The jar names Debian's libsaxonhe-java has shipped (9.9 and later). */
const DEBIAN_JARS = ["/usr/share/java/Saxon-HE.jar", "/usr/share/java/saxon9he.jar"];

export type Saxon = { java: string; jar: string };

export function saxonJar(): string | undefined {
  if (process.env.SAXON_JAR) return existsSync(process.env.SAXON_JAR) ? process.env.SAXON_JAR : undefined;
  return DEBIAN_JARS.find((jar) => existsSync(jar));
}

export const javaAvailable = () => spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;

/** Java and the Saxon jar, or undefined when either is missing. */
export function findSaxon(): Saxon | undefined {
  const jar = saxonJar();
  return jar && javaAvailable() ? { java: "java", jar } : undefined;
}
