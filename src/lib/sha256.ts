import { createHash } from "node:crypto";

/** Hexadecimal SHA-256 of the bytes: the "empreinte" of a deposited document. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
