import { db } from "@/server/db.ts";
import { takeInChargeStatus } from "../rules/statuses.ts";
import { requireSollicitation } from "../data/access.ts";
import { notifyAuthor } from "../data/notifications.ts";
import { lockedStatus, moveSollicitation, ruled } from "../data/writes.ts";

/** "Prendre en charge": the addressee (modification) moves a waiting sollicitation to En cours de traitement; the author's fil says so. */
export async function takeSollicitationInCharge({ userId, sollicitationId, viewpoint, now = new Date() }: { userId: string; sollicitationId: string; viewpoint: "RECUES" | "SUPPORT"; now?: Date }) {
  await requireSollicitation(db, userId, sollicitationId, viewpoint, "MODIFICATION");
  return db.$transaction(async (tx) => {
    const from = await lockedStatus(tx, sollicitationId);
    const to = ruled(() => takeInChargeStatus(from));
    await moveSollicitation(tx, { sollicitationId, from, to, actorId: userId, now });
    const told = await tx.sollicitation.findUniqueOrThrow({
      where: { id: sollicitationId },
      select: { id: true, number: true, subject: true, status: true, authorStructureId: true, addresseeKind: true, addresseeStructureId: true, addresseeServiceId: true },
    });
    await notifyAuthor(tx, told, "PRISE_EN_CHARGE", now);
    return { status: to };
  });
}
