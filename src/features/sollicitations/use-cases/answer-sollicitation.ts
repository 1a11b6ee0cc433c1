import { db } from "@/server/db.ts";
import { answerStatus, type AnswerOutcome } from "../rules/statuses.ts";
import { requireSollicitation } from "../data/access.ts";
import { checkedFiles, type UploadedFile } from "../data/files.ts";
import { notifyAuthor } from "../data/notifications.ts";
import { lockedStatus, moveSollicitation, ruled } from "../data/writes.ts";

/**
 * The addressee answers: a public structure's users with "Sollicitations reçues" in modification (for the
 * sollicitation's service), or the platform's administrators for the support. The answer keeps it En cours de
 * traitement, asks the author for more (Complément demandé) or marks it Traitée; the author's side is told (fil,
 * e-mail) and the webhook "sollicitation.repondue" goes to the author's structure.
 */
export async function answerSollicitation({
  userId,
  sollicitationId,
  viewpoint,
  input,
  files = [],
  now = new Date(),
}: {
  userId: string;
  sollicitationId: string;
  viewpoint: "RECUES" | "SUPPORT";
  input: { message: string; outcome: AnswerOutcome };
  files?: UploadedFile[];
  now?: Date;
}) {
  await requireSollicitation(db, userId, sollicitationId, viewpoint, "MODIFICATION");
  const stored = await checkedFiles(files);
  return db.$transaction(async (tx) => {
    const from = await lockedStatus(tx, sollicitationId);
    const to = ruled(() => answerStatus(from, input.outcome));
    const message = await tx.sollicitationMessage.create({
      data: {
        sollicitationId,
        authorId: userId,
        side: "DESTINATAIRE",
        body: input.message,
        createdAt: now,
        attachments: { create: stored.map((file) => ({ ...file, sollicitationId, createdAt: now })) },
      },
      select: { id: true },
    });
    await moveSollicitation(tx, { sollicitationId, from, to, actorId: userId, now });
    const told = await tx.sollicitation.update({
      where: { id: sollicitationId },
      data: { updatedAt: now },
      select: { id: true, number: true, subject: true, status: true, authorStructureId: true, addresseeKind: true, addresseeStructureId: true, addresseeServiceId: true },
    });
    await notifyAuthor(tx, told, "REPONSE", now);
    return { messageId: message.id, status: to };
  });
}
