// Who reaches a works document, and from which side: its supplier's users with « Factures de travaux », its MOE's and
// its MOA's with « Factures de travaux reçues ». A document out of every reach of the user is NOT_FOUND (nothing
// leaks); asking a change from a side the user only reads (consultation) is FORBIDDEN.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Espace } from "@/generated/prisma/enums.ts";
import { assertEspaceRight, structureIdsOpening, type EspaceRight } from "@/features/structures/index.ts";
import { AppError, notFound } from "@/server/errors.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { isUuid } from "@/lib/uuid.ts";
import type { WorksSide } from "../rules/works-labels.ts";

type Client = Tx | typeof db;

export const WORKS_NOT_FOUND_MESSAGE = "Document de travaux introuvable.";

export const ESPACE_OF_SIDE: Record<WorksSide, Espace> = { FOURNISSEUR: "FACTURES_TRAVAUX", MOE: "FACTURES_TRAVAUX_RECUES", MOA: "FACTURES_TRAVAUX_RECUES" };

/** The `where` of the works documents one side of these structures sees (the documents sent: never a draft). */
export function worksSideWhere(side: WorksSide, structureIds: string[]): Prisma.WorksDocumentWhereInput {
  const sent = { invoice: { status: { not: "BROUILLON" as const } } };
  if (side === "FOURNISSEUR") return { supplierStructureId: { in: structureIds }, ...sent };
  if (side === "MOE") return { moeStructureId: { in: structureIds }, ...sent };
  return { moaStructureId: { in: structureIds }, ...sent };
}

const structureOf = (side: WorksSide, row: { supplierStructureId: string; moeStructureId: string | null; moaStructureId: string }) =>
  side === "FOURNISSEUR" ? row.supplierStructureId : side === "MOE" ? row.moeStructureId : row.moaStructureId;

export type WorksReach = { side: WorksSide; structureId: string; right: EspaceRight };

/** Every side from which the user reaches the document, with their right there; empty when none. */
export async function worksReaches(client: Client, userId: string, invoiceId: string): Promise<WorksReach[]> {
  if (!isUuid(invoiceId)) return [];
  const row = await client.worksDocument.findFirst({
    where: { invoiceId, invoice: { status: { not: "BROUILLON" } } },
    select: { supplierStructureId: true, moeStructureId: true, moaStructureId: true },
  });
  if (!row) return [];
  const reaches: WorksReach[] = [];
  for (const side of ["FOURNISSEUR", "MOE", "MOA"] as const) {
    const structureId = structureOf(side, row);
    if (!structureId) continue;
    const espace = ESPACE_OF_SIDE[side];
    if ((await structureIdsOpening(client, userId, espace, "MODIFICATION")).includes(structureId)) reaches.push({ side, structureId, right: "MODIFICATION" });
    else if ((await structureIdsOpening(client, userId, espace, "CONSULTATION")).includes(structureId)) reaches.push({ side, structureId, right: "CONSULTATION" });
  }
  return reaches;
}

/** The sides the user reads the document from; NOT_FOUND when none. */
export async function requireWorksDocument(client: Client, userId: string, invoiceId: string): Promise<WorksReach[]> {
  const reaches = await worksReaches(client, userId, invoiceId);
  if (reaches.length === 0) throw notFound(WORKS_NOT_FOUND_MESSAGE);
  return reaches;
}

const SIDE_NAMES: Record<WorksSide, string> = { FOURNISSEUR: "au fournisseur du document", MOE: "à la maîtrise d'œuvre", MOA: "au maître d'ouvrage" };

/**
 * The structure for which the user acts as `side` on the document, with the modification right. NOT_FOUND when the
 * document is out of all their reach; FORBIDDEN when they reach it only from another side, or only to read it.
 */
export async function requireWorksSide(client: Client, userId: string, invoiceId: string, side: WorksSide, what: string): Promise<string> {
  const reaches = await requireWorksDocument(client, userId, invoiceId);
  const reach = reaches.find((candidate) => candidate.side === side);
  if (!reach) throw new AppError("FORBIDDEN", `Cette action est réservée ${SIDE_NAMES[side]}.`);
  assertEspaceRight(reach.right, ESPACE_OF_SIDE[side], "MODIFICATION", what);
  return reach.structureId;
}

/** The structures whose documents the user lists from `side` (consultation at least). */
export const sideStructureIds = (client: Client, userId: string, side: WorksSide) => structureIdsOpening(client, userId, ESPACE_OF_SIDE[side], "CONSULTATION");
