// Who may use the "Administration" space: the platform's own administrators (User.platformRole), checked on every
// call from the session's user. Anyone else gets NOT_FOUND, as for a row that does not exist: nothing leaks.
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";

type Client = Tx | typeof db;

/** The active platform administrator, or NOT_FOUND. */
export async function requireAdministrator(client: Client, userId: string) {
  const user = await client.user.findFirst({ where: { id: userId, status: "ACTIF", platformRole: "ADMINISTRATEUR" }, select: { id: true } });
  if (!user) throw notFound("Page introuvable.");
  return user;
}

/** For the header's tabs: whether the user is an active platform administrator. */
export async function isAdministrator(userId: string): Promise<boolean> {
  return (await db.user.count({ where: { id: userId, status: "ACTIF", platformRole: "ADMINISTRATEUR" } })) > 0;
}
