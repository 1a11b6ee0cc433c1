import { db } from "@/server/db.ts";
import { findUsableToken } from "../data/user-tokens.ts";

/** The secret question the reset page asks, or null when the link cannot be used. */
export async function getPasswordReset({ token, now = new Date() }: { token: string; now?: Date }) {
  const row = await findUsableToken(db, token, "PASSWORD_RESET", now);
  if (!row || row.user.status !== "ACTIF" || !row.user.secretQuestion) return null;
  return { secretQuestion: row.user.secretQuestion };
}
