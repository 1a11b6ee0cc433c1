import { openCursor, sealCursor } from "@/server/cursors.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { serviceRequiresEngagement } from "../rules/invoicing-parameters.ts";
import { isUuid } from "@/lib/uuid.ts";

/** The list a cursor of a structure's services belongs to. */
const LIST = "services-structure";

/**
 * The active services of an active public structure of the directory (the API's structures/rechercher/services), by
 * code, `pageSize` after the cursor's: each with whether it requires a numéro d'engagement (its own or its
 * structure's rule, as getPublicStructure tells it). NOT_FOUND when the structure is not in the directory. Public.
 */
export async function listPublicServices({ structureId, cursor, pageSize }: { structureId: string; cursor?: string; pageSize: number }) {
  const structure = isUuid(structureId)
    ? await db.structure.findFirst({ where: { id: structureId, kind: "PUBLIQUE", status: "ACTIF" }, select: { engagementObligatoire: true } })
    : null;
  if (!structure) throw notFound("Structure publique introuvable.");
  const afterId = cursor ? openCursor(`${LIST}:${structureId}`, cursor) : null;
  const rows = await db.service.findMany({
    where: { structureId, actif: true },
    orderBy: [{ code: "asc" }, { id: "asc" }],
    ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
    take: pageSize + 1,
    select: { id: true, code: true, libelle: true, engagementObligatoire: true },
  });
  const more = rows.length > pageSize;
  const services = (more ? rows.slice(0, pageSize) : rows).map((service) => ({ ...service, engagementObligatoire: serviceRequiresEngagement(structure, service) }));
  return { services, nextCursor: more ? sealCursor(`${LIST}:${structureId}`, services.at(-1)!.id) : null };
}
