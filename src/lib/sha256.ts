// The fingerprint ("empreinte") of a document's bytes: what the deposit receipt states and the flux plan compares.
import { createHash } from "node:crypto";

/** Hexadecimal SHA-256 of the bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
