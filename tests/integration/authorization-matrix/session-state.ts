// The session the matrix's tests hand to server actions and route handlers (src/server/auth/session.ts is mocked to
// read it): the cell's user, or nobody.
import { AppError } from "@/server/errors.ts";

export type MatrixUser = { id: string; email: string; nom: string; prenom: string };

export const session: { user: MatrixUser | null } = { user: null };

export const SIGNED_OUT = "Session expirée : appel sans session.";

/** The mock of src/server/auth/session.ts: requireUser stops a caller without a session (as its redirect would). */
export const sessionMock = {
  getCurrentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new AppError("UNAUTHENTICATED", SIGNED_OUT);
    return session.user;
  },
};

/** Runs `call` signed in as the user. */
export async function signedInAs<T>(userId: string | null, call: () => Promise<T>): Promise<T> {
  session.user = userId ? { id: userId, email: "matrice@exemple.fr", nom: "Matrice", prenom: "Camille" } : null;
  try {
    return await call();
  } finally {
    session.user = null;
  }
}

/**
 * The mocked src/server/auth/session.ts: getCurrentUser and requireUser read `session`; any other function of the module
 * (a session check added later) stops a caller without a session the same way, and otherwise runs as written.
 */
export function mockedSessionModule(original: Record<string, unknown>) {
  const guarded = Object.fromEntries(
    Object.entries(original)
      .filter(([name, value]) => typeof value === "function" && !(name in sessionMock))
      .map(([name, value]) => [
        name,
        async (...args: unknown[]) => {
          if (!session.user) throw new AppError("UNAUTHENTICATED", SIGNED_OUT);
          return (value as (...a: unknown[]) => unknown)(...args);
        },
      ]),
  );
  return { ...original, ...guarded, ...sessionMock };
}
