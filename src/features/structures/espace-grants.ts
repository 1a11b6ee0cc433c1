// Whether a user's rattachement opens an espace ("Factures émises", "Factures à valider"…), read from the database:
// what to select of the rattachement for grantedEspaces' rule, and the structures that open the espace to the user.
// One place, so that every area whose access hangs on an espace reads the rule alike.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Espace, Role } from "@/generated/prisma/enums.ts";
import type { db, Tx } from "@/server/db.ts";
import { grantedEspaces } from "./espaces.ts";

type Client = Tx | typeof db;

/** What grantedEspaces needs of a rattachement: its role, the espaces given to the user, those the structure opens. */
export const espaceGrantSelect = {
  structureId: true,
  role: true,
  espaces: { select: { espace: true } },
  structure: { select: { espaces: { where: { OR: [{ consultation: true }, { modification: true }] }, select: { espace: true } } } },
} satisfies Prisma.RattachementSelect;

export type EspaceGrantRow = { role: Role; espaces: { espace: Espace }[]; structure: { espaces: { espace: Espace }[] } };

/** Whether the rattachement opens the espace to its user. */
export const opensEspace = (row: EspaceGrantRow, espace: Espace) =>
  grantedEspaces([{ role: row.role, structureEspaces: row.structure.espaces.map((e) => e.espace), userEspaces: row.espaces.map((e) => e.espace) }]).has(espace);

/** The active structures that open the espace to the user through an active rattachement. */
export async function structureIdsOpening(client: Client, userId: string, espace: Espace): Promise<string[]> {
  const rows = await client.rattachement.findMany({ where: { userId, status: "ACTIF", structure: { status: "ACTIF" } }, select: espaceGrantSelect });
  return rows.filter((row) => opensEspace(row, espace)).map((row) => row.structureId);
}

/** A user to tell, at their contact address (their login address when they gave none). */
export type EspaceUser = { id: string; email: string };

/** The structure's active users, through an active rattachement, to whom it opens the espace. */
export async function usersOpening(client: Client, structureId: string, espace: Espace): Promise<EspaceUser[]> {
  const rows = await client.rattachement.findMany({
    where: { structureId, status: "ACTIF", user: { status: "ACTIF" } },
    select: { ...espaceGrantSelect, user: { select: { id: true, loginEmail: true, contactEmail: true } } },
  });
  return rows.filter((row) => opensEspace(row, espace)).map((row) => ({ id: row.user.id, email: row.user.contactEmail ?? row.user.loginEmail }));
}
