// Who reaches a sollicitation, from each side, as invoices are reached: its author's structure with "Sollicitations
// émises", its addressee structure with "Sollicitations reçues" (for the sollicitation's service), the platform's
// administrators for those addressed to the support. "Consultation" to read, "modification" to change; a sollicitation
// of a structure that is not the user's is NOT_FOUND (nothing leaks), a reader asking for a change FORBIDDEN.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Espace } from "@/generated/prisma/enums.ts";
import { requireAdministrator } from "@/features/administration/index.ts";
import { assertEspaceRight, espaceGrantSelect, espaceRightIn, rightAllows, rightOf, structureIdsOpening, userGrantSelect, type EspaceRight } from "@/features/structures/index.ts";
import type { db, Tx } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { isUuid } from "@/lib/uuid.ts";
import type { SollicitationViewpoint } from "../rules/paths.ts";

type Client = Tx | typeof db;

const NOT_FOUND_MESSAGE = "Sollicitation introuvable.";
const WHAT = "modifier cette sollicitation";

const accessSelect = (userId: string) =>
  ({
    id: true,
    number: true,
    status: true,
    addresseeKind: true,
    addresseeServiceId: true,
    authorStructureId: true,
    addresseeStructureId: true,
    authorStructure: { select: userGrantSelect(userId) },
    addresseeStructure: { select: userGrantSelect(userId) },
  }) satisfies Prisma.SollicitationSelect;

export type ReachedSollicitation = { id: string; number: string; status: import("@/generated/prisma/enums.ts").SollicitationStatus; authorStructureId: string; addresseeStructureId: string | null; addresseeKind: "SUPPORT" | "STRUCTURE" };

const ESPACE_OF: Record<"EMISES" | "RECUES", Espace> = { EMISES: "SOLLICITATIONS_EMISES", RECUES: "SOLLICITATIONS_RECUES" };

/**
 * The sollicitation as `viewpoint` reaches it (the author's side, the addressee structure's, the support's), with at
 * least `needed` on the side's espace: NOT_FOUND when it is not theirs, FORBIDDEN for a reader asking for a change.
 */
export async function requireSollicitation(
  client: Client,
  userId: string,
  sollicitationId: string,
  viewpoint: SollicitationViewpoint,
  needed: EspaceRight = "CONSULTATION",
): Promise<ReachedSollicitation> {
  if (viewpoint === "SUPPORT") await requireAdministrator(client, userId);
  const row = isUuid(sollicitationId) ? await client.sollicitation.findUnique({ where: { id: sollicitationId }, select: accessSelect(userId) }) : null;
  if (!row) throw notFound(NOT_FOUND_MESSAGE);
  const reached: ReachedSollicitation = {
    id: row.id,
    number: row.number,
    status: row.status,
    authorStructureId: row.authorStructureId,
    addresseeStructureId: row.addresseeStructureId,
    addresseeKind: row.addresseeKind,
  };
  if (viewpoint === "SUPPORT") {
    if (row.addresseeKind !== "SUPPORT") throw notFound(NOT_FOUND_MESSAGE);
    return reached;
  }
  const structure = viewpoint === "EMISES" ? row.authorStructure : row.addresseeStructure;
  const right = structure ? espaceRightIn(structure, ESPACE_OF[viewpoint], viewpoint === "RECUES" ? row.addresseeServiceId : undefined) : null;
  if (!right || !rightAllows(right, "CONSULTATION")) throw notFound(NOT_FOUND_MESSAGE);
  assertEspaceRight(right, ESPACE_OF[viewpoint], needed, WHAT);
  return reached;
}

/** The `where` of a list of `viewpoint`: the sollicitations of the structures that open its espace to the user (consultation). */
export async function sollicitationScope(client: Client, userId: string, viewpoint: SollicitationViewpoint): Promise<Prisma.SollicitationWhereInput> {
  if (viewpoint === "SUPPORT") {
    await requireAdministrator(client, userId);
    return { addresseeKind: "SUPPORT" };
  }
  if (viewpoint === "EMISES") return { authorStructureId: { in: await structureIdsOpening(client, userId, "SOLLICITATIONS_EMISES") } };
  return { addresseeKind: "STRUCTURE", OR: await receivedScopes(client, userId) };
}

/**
 * What the user reads of each of their public structures' Sollicitations reçues, service by service as a page of one
 * reads it (requireSollicitation): the whole structure when its opening reaches every service, else the services it
 * reaches; nothing when none.
 */
async function receivedScopes(client: Client, userId: string): Promise<Prisma.SollicitationWhereInput[]> {
  const rows = await client.rattachement.findMany({ where: { userId, status: "ACTIF", structure: { status: "ACTIF" } }, select: espaceGrantSelect });
  const scopes: Prisma.SollicitationWhereInput[] = [];
  for (const row of rows) {
    const reaches = (serviceId: string | null) => rightAllows(rightOf(row, "SOLLICITATIONS_RECUES", serviceId), "CONSULTATION");
    if (reaches(null)) {
      scopes.push({ addresseeStructureId: row.structureId });
      continue;
    }
    const serviceIds = [...new Set(row.structure.espaces.map((opening) => opening.serviceId).filter((id): id is string => id !== null && reaches(id)))];
    if (serviceIds.length > 0) scopes.push({ addresseeStructureId: row.structureId, addresseeServiceId: { in: serviceIds } });
  }
  // An empty OR matches nothing in Prisma: a user without the espace lists none.
  return scopes.length > 0 ? scopes : [{ id: { in: [] } }];
}
