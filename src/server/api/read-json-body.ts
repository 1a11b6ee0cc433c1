// Reads a request's JSON body, bounded before a byte is parsed: Content-Length above the limit is refused at once, and
// a body without one is read only up to the limit.
import { ApiProblem } from "./problem.ts";

const human = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} Mo` : `${Math.round(bytes / 1024)} Ko`);
const tooLarge = (limit: number) => new ApiProblem(413, "PAYLOAD_TOO_LARGE", `Corps de requête trop volumineux : ${human(limit)} au plus.`);

/** The body's text (empty when none), at most `limit` bytes. */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The body as JSON (an empty body is `{}`), or a 400 saying it is not JSON. */
export function parseJson(text: string): unknown {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiProblem(400, "INVALID_REQUEST", "Le corps de la requête n'est pas du JSON valide.");
  }
}
