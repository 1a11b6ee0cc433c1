import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { requireEngagementStructure } from "../data/engagements.ts";

/** « Clôturer »: an open engagement of the agent's structure becomes Clôturé; invoices can no longer quote it. */
export async function closeEngagement({ userId, engagementId, now = new Date() }: { userId: string; engagementId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const engagement = await tx.engagement.findFirst({
      where: { id: engagementId, structure: { rattachements: { some: { userId, status: "ACTIF" } } } },
      select: { id: true, structureId: true, status: true, number: true },
    });
    if (!engagement) throw notFound("Engagement introuvable.");
    await requireEngagementStructure(tx, userId, engagement.structureId, "MODIFICATION", { hiddenWithoutEspace: true });
    if (engagement.status === "CLOTURE") throw new AppError("CONFLICT", `L'engagement ${engagement.number} est déjà clôturé.`);
    return tx.engagement.update({ where: { id: engagement.id }, data: { status: "CLOTURE", closedAt: now }, select: { id: true, status: true } });
  });
}
