// Where the login form sends the user afterwards. Pure: no I/O.

export const DEFAULT_AFTER_LOGIN = "/accueil";

/**
 * The `retour` path when it is a path of this site, else the home page of the signed-in portal. "//host"
 * and "/\host" are rejected: browsers read both as another site's address.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return DEFAULT_AFTER_LOGIN;
  return value;
}
