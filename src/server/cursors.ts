// The API's pagination cursors: opaque, naming the last row of a page, sealed with an HMAC of the server's key and
// the list they belong to — a client cannot forge one to probe where another structure's row would sort, nor reuse
// one list's cursor on another.
import { createHmac, timingSafeEqual } from "node:crypto";
import { keyFor } from "./auth/secret-box.ts";
import { AppError } from "./errors.ts";

const mac = (list: string, id: string) => createHmac("sha256", keyFor("api-cursor")).update(`${list}\u0000${id}`).digest().subarray(0, 16);

/** The cursor after the row `id` of the list `list` ("factures-fournisseur"…). */
export function sealCursor(list: string, id: string): string {
  return `${Buffer.from(id, "utf8").toString("base64url")}.${mac(list, id).toString("base64url")}`;
}

/** The row id a cursor names, or a VALIDATION error on the field `curseur` when it is not one of this list's. */
export function openCursor(list: string, cursor: string): string {
  const [idPart, macPart] = cursor.length <= 200 ? cursor.split(".") : [];
  const id = idPart ? Buffer.from(idPart, "base64url").toString("utf8") : "";
  const given = macPart ? Buffer.from(macPart, "base64url") : Buffer.alloc(0);
  const expected = mac(list, id);
  if (!id || given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError("VALIDATION", "Curseur invalide : reprenez la pagination depuis la première page.", "curseur");
  return id;
}
