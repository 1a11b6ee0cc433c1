import { db } from "@/server/db.ts";
import { ENGAGEMENT_FORMAT_SELECT, engagementFormatLabel, engagementFormatOf } from "@/features/directory/index.ts";
import { espaceRight, rightAllows, structureIdsOpening } from "@/features/structures/index.ts";
import { engagementRowSelect, requireEngagementStructure } from "../data/engagements.ts";
import { ENGAGEMENTS_PAGE_SIZE } from "../rules/pages.ts";

/**
 * The espace Engagements: the user's public structures opening it, and the engagements of the chosen one (the first
 * by default), newest first, with whether the user may change them, the structure's requirement and its format.
 */
export async function listStructureEngagements({ userId, structureId, status }: { userId: string; structureId?: string; status?: "OUVERT" | "CLOTURE" }) {
  const ids = await structureIdsOpening(db, userId, "ENGAGEMENTS");
  const structures = await db.structure.findMany({
    where: { id: { in: ids }, kind: "PUBLIQUE", status: "ACTIF" },
    orderBy: { raisonSociale: "asc" },
    select: { id: true, raisonSociale: true, identifier: true, engagementExistantObligatoire: true, ...ENGAGEMENT_FORMAT_SELECT, services: { where: { actif: true }, orderBy: { code: "asc" }, select: { code: true, libelle: true } } },
  });
  const chosenId = structureId ?? structures[0]?.id;
  if (!chosenId) return { structures, structure: null, formatLabel: "Libre", mayModify: false, engagements: [], total: 0 };
  await requireEngagementStructure(db, userId, chosenId, "CONSULTATION", { hiddenWithoutEspace: true });
  const structure = structures.find((candidate) => candidate.id === chosenId)!;
  const where = { structureId: chosenId, ...(status ? { status } : {}) };
  const [engagements, total, right] = await Promise.all([
    db.engagement.findMany({ where, orderBy: [{ createdAt: "desc" }, { number: "asc" }], take: ENGAGEMENTS_PAGE_SIZE, select: engagementRowSelect }),
    db.engagement.count({ where }),
    espaceRight(db, userId, chosenId, "ENGAGEMENTS"),
  ]);
  return { structures, structure, formatLabel: engagementFormatLabel(engagementFormatOf(structure)), mayModify: rightAllows(right, "MODIFICATION"), engagements, total };
}
