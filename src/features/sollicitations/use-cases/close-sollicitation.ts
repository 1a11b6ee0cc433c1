import { db } from "@/server/db.ts";
import { closeStatus } from "../rules/statuses.ts";
import { requireSollicitation } from "../data/access.ts";
import { notifyAddressee } from "../data/notifications.ts";
import { lockedStatus, moveSollicitation, ruled } from "../data/writes.ts";

/** "Clôturer": the author's side (modification) closes the sollicitation, for good; the addressee's fil says so. */
export async function closeSollicitation({ userId, sollicitationId, now = new Date() }: { userId: string; sollicitationId: string; now?: Date }) {
  await requireSollicitation(db, userId, sollicitationId, "EMISES", "MODIFICATION");
  return db.$transaction(async (tx) => {
    const from = await lockedStatus(tx, sollicitationId);
    const to = ruled(() => closeStatus(from));
    await moveSollicitation(tx, { sollicitationId, from, to, actorId: userId, now });
    const told = await tx.sollicitation.findUniqueOrThrow({
      where: { id: sollicitationId },
      select: { id: true, number: true, subject: true, authorStructureId: true, addresseeKind: true, addresseeStructureId: true, addresseeServiceId: true },
    });
    await notifyAddressee(tx, told, "CLOTUREE");
    return { status: to };
  });
}
