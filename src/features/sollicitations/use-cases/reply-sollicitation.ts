import { db } from "@/server/db.ts";
import { authorReplyStatus } from "../rules/statuses.ts";
import { requireSollicitation } from "../data/access.ts";
import { checkedFiles, type UploadedFile } from "../data/files.ts";
import { notifyAddressee } from "../data/notifications.ts";
import { lockedStatus, moveSollicitation, ruled } from "../data/writes.ts";

/**
 * The author's side replies in the thread ("Sollicitations émises", modification): it completes a request for more
 * (Complétée) or sends back an answer that does not satisfy it (Renvoyée); the addressee's users are told.
 */
export async function replySollicitation({
  userId,
  sollicitationId,
  input,
  files = [],
  now = new Date(),
}: {
  userId: string;
  sollicitationId: string;
  input: { message: string };
  files?: UploadedFile[];
  now?: Date;
}) {
  await requireSollicitation(db, userId, sollicitationId, "EMISES", "MODIFICATION");
  const stored = await checkedFiles(files);
  return db.$transaction(async (tx) => {
    const from = await lockedStatus(tx, sollicitationId);
    const to = ruled(() => authorReplyStatus(from));
    const message = await tx.sollicitationMessage.create({
      data: { sollicitationId, authorId: userId, side: "EMETTEUR", body: input.message, createdAt: now, attachments: { create: stored.map((file) => ({ ...file, sollicitationId, createdAt: now })) } },
      select: { id: true },
    });
    await moveSollicitation(tx, { sollicitationId, from, to, actorId: userId, now });
    const told = await tx.sollicitation.update({
      where: { id: sollicitationId },
      data: { updatedAt: now },
      select: { id: true, number: true, subject: true, authorStructureId: true, addresseeKind: true, addresseeStructureId: true, addresseeServiceId: true },
    });
    await notifyAddressee(tx, told, "REPONSE");
    return { messageId: message.id, status: to };
  });
}
