// Whether a user's rattachement opens an espace ("Factures émises", "Factures à valider"…) and with which right, read
// from the database: what to select of the rattachement for espace-rights.ts' rule, the structures that open the espace
// to the user, and the one check every use case makes — "consultation" to read, "modification" to change. One place,
// so that every area whose access hangs on an espace reads the rule alike.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Espace, Role } from "@/generated/prisma/enums.ts";
import { db, type Tx } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { consultationOnlyMessage, effectiveRight, rightAllows, type EspaceRight } from "../rules/espace-rights.ts";
import { ESPACE_LABELS } from "../rules/espaces.ts";
import { userGrantRows } from "./user-grants.ts";

type Client = Tx | typeof db;

/** What the rule needs of a rattachement: its role, the espaces given to the user, those the structure opens, with their flags. */
export const espaceGrantSelect = {
  structureId: true,
  role: true,
  espaces: { select: { espace: true, consultation: true, modification: true } },
  structure: { select: { espaces: { select: { espace: true, serviceId: true, consultation: true, modification: true } } } },
} satisfies Prisma.RattachementSelect;

type Flags = { consultation: boolean; modification: boolean };
export type EspaceGrantRow = {
  role: Role;
  espaces: ({ espace: Espace } & Flags)[];
  structure: { espaces: ({ espace: Espace; serviceId: string | null } & Flags)[] };
};

/** The right the rattachement gives its user on the espace (for one service of the structure, when given). */
export const rightOf = (row: EspaceGrantRow, espace: Espace, serviceId?: string | null): EspaceRight =>
  effectiveRight({ role: row.role, structureEspaces: row.structure.espaces, userEspaces: row.espaces }, espace, serviceId);

/** Whether the rattachement opens the espace to its user, at least with the right `needed` (consultation by default). */
export const opensEspace = (row: EspaceGrantRow, espace: Espace, needed: EspaceRight = "CONSULTATION") => rightAllows(rightOf(row, espace), needed);

const readActiveGrantRows = (client: Client, userId: string) =>
  client.rattachement.findMany({ where: { userId, status: "ACTIF", structure: { status: "ACTIF" } }, select: espaceGrantSelect });

/**
 * The user's active rattachements to active structures, from the rows read once per request (user-grants.ts); outside a
 * server render, read at every call. Each carries the structure's kind and the services the rattachement names.
 */
export const activeRattachementRows = async (userId: string) => (await userGrantRows(userId)).filter((row) => row.structure.status === "ACTIF");

/**
 * Outside a transaction, the rows every page reads once per request (user-grants.ts), the inactive structures left
 * out; in a transaction they are always read, through it.
 */
const activeGrantRows = async (userId: string): Promise<(EspaceGrantRow & { structureId: string; structure: { raisonSociale: string } })[]> =>
  activeRattachementRows(userId);

/** The active structures that open the espace to the user through an active rattachement, with at least `needed`. */
export async function structureIdsOpening(client: Client, userId: string, espace: Espace, needed: EspaceRight = "CONSULTATION"): Promise<string[]> {
  const rows: (EspaceGrantRow & { structureId: string })[] = client === db ? await activeGrantRows(userId) : await readActiveGrantRows(client, userId);
  return rows.filter((row) => opensEspace(row, espace, needed)).map((row) => row.structureId);
}

const byName = new Intl.Collator("fr").compare;

/**
 * The same structures with their names, by name (the lists' « Filtre Structure »): from the rows every page reads once
 * per request, where a query of their own was one more per page.
 */
export async function namedStructuresOpening(userId: string, espace: Espace, needed: EspaceRight = "CONSULTATION"): Promise<{ id: string; raisonSociale: string }[]> {
  return (await activeGrantRows(userId))
    .filter((row) => opensEspace(row, espace, needed))
    .map((row) => ({ id: row.structureId, raisonSociale: row.structure.raisonSociale }))
    .sort((a, b) => byName(a.raisonSociale, b.raisonSociale));
}

/** A user to tell, at their contact address (their login address when they gave none). */
export type EspaceUser = { id: string; email: string };

/**
 * The structure's active users, through an active rattachement, to whom it opens the espace (consultation is enough to
 * be told). People only: a technical account has no mailbox, its applications follow the structure through the API.
 */
export async function usersOpening(client: Client, structureId: string, espace: Espace): Promise<EspaceUser[]> {
  const rows = await client.rattachement.findMany({
    where: { structureId, status: "ACTIF", user: { status: "ACTIF", kind: "PERSONNE" } },
    select: { ...espaceGrantSelect, user: { select: { id: true, loginEmail: true, contactEmail: true } } },
  });
  return rows.filter((row) => opensEspace(row, espace)).map((row) => ({ id: row.user.id, email: row.user.contactEmail ?? row.user.loginEmail }));
}

/**
 * What to read of a structure for one user's right on its espaces, as a relation of another read (the invoice's
 * supplier structure…): one query where espaceRight needs one of its own. Read it with espaceRightIn.
 */
export const userGrantSelect = (userId: string) =>
  ({
    status: true,
    espaces: espaceGrantSelect.structure.select.espaces,
    rattachements: { where: { userId, status: "ACTIF" }, select: { role: true, espaces: espaceGrantSelect.espaces } },
  }) satisfies Prisma.StructureSelect;

type UserGrantRow = Prisma.StructureGetPayload<{ select: ReturnType<typeof userGrantSelect> }>;

/** espaceRight's answer from a structure read with userGrantSelect: null where espaceRight is NOT_FOUND (no active rattachement, or inactive). */
export function espaceRightIn(structure: UserGrantRow, espace: Espace, serviceId?: string | null): EspaceRight | null {
  const [row] = structure.rattachements;
  if (structure.status !== "ACTIF" || !row) return null;
  return rightOf({ role: row.role, espaces: row.espaces, structure: { espaces: structure.espaces } }, espace, serviceId);
}

/** The user's right on the espace of the structure; NOT_FOUND when it is not theirs (no active rattachement to it, or inactive). */
export async function espaceRight(client: Client, userId: string, structureId: string, espace: Espace, serviceId?: string | null): Promise<EspaceRight> {
  const row = await client.rattachement.findFirst({ where: { userId, structureId, status: "ACTIF", structure: { status: "ACTIF" } }, select: espaceGrantSelect });
  if (!row) throw notFound("Structure introuvable.");
  return rightOf(row, espace, serviceId);
}

/**
 * FORBIDDEN, with a French sentence, when `right` is short of `needed`: « L'espace … ne vous est pas ouvert » without
 * any right, « Votre droit sur l'espace … est la consultation : vous ne pouvez pas <what>. » for a change asked by a reader.
 */
export function assertEspaceRight(right: EspaceRight, espace: Espace, needed: EspaceRight, what?: string) {
  if (rightAllows(right, needed)) return;
  if (right === "AUCUN") throw new AppError("FORBIDDEN", `L'espace « ${ESPACE_LABELS[espace]} » de cette structure ne vous est pas ouvert.`);
  throw new AppError("FORBIDDEN", consultationOnlyMessage(ESPACE_LABELS[espace], what));
}

/**
 * The check of every use case of an espace: "CONSULTATION" to read, "MODIFICATION" to change. NOT_FOUND for a structure
 * that is not the user's; FORBIDDEN (French sentence) for one of theirs whose espace they may not use that way.
 */
export async function requireEspaceRight(
  client: Client,
  userId: string,
  structureId: string,
  espace: Espace,
  needed: EspaceRight,
  options: { serviceId?: string | null; what?: string } = {},
): Promise<EspaceRight> {
  const right = await espaceRight(client, userId, structureId, espace, options.serviceId);
  assertEspaceRight(right, espace, needed, options.what);
  return right;
}
