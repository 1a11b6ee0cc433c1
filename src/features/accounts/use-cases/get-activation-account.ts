import { db } from "@/server/db.ts";
import { findUsableToken } from "../data/user-tokens.ts";

/** What the activation page shows of the account behind a link, or null when the link cannot be used. */
export async function getActivationAccount({ token, now = new Date() }: { token: string; now?: Date }) {
  const row = await findUsableToken(db, token, "ACTIVATION", now);
  if (!row || row.user.status !== "EN_COURS_D_ACTIVATION") return null;
  const { loginEmail, contactEmail, nom, prenom } = row.user;
  return { loginEmail, contactEmail, nom, prenom };
}
