// Where the login form sends the user afterwards. Pure: no I/O.

export const DEFAULT_AFTER_LOGIN = "/accueil";

const ORIGIN = "http://portail.invalid";
/** Characters a path, query and fragment of this site may hold as typed: RFC 3986 unreserved, sub-delims, "%". */
const URL_CHARACTERS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/?#]*$/;

/**
 * The `retour` path when it is surely a path of this site, else the home page of the signed-in portal. Refused:
 * anything but a path starting with one "/"; a backslash or a control character anywhere, raw or
 * percent-encoded (browsers drop tabs and newlines and read "\" as "/", so "/\t/evil.example" and "/\evil" would
 * lead to another site, and a raw newline cannot go into a Location header); "//" after any decoding; and anything
 * a URL parser would resolve to another origin. The answer is re-serialised by the parser.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > 2000 || !value.startsWith("/") || !URL_CHARACTERS.test(value)) return DEFAULT_AFTER_LOGIN;
  // Decoded up to three times: "%252F%252F" is "//" to a server that decodes twice.
  let decoded = value;
  for (let i = 0; i < 3; i++) {
    if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.startsWith("//")) return DEFAULT_AFTER_LOGIN;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return DEFAULT_AFTER_LOGIN;
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.startsWith("//")) return DEFAULT_AFTER_LOGIN;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  if (url.origin !== ORIGIN) return DEFAULT_AFTER_LOGIN;
  const path = url.pathname + url.search + url.hash;
  return path.startsWith("/") && !path.startsWith("//") ? path : DEFAULT_AFTER_LOGIN;
}
