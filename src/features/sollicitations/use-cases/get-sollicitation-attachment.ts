import { AppError, notFound } from "@/server/errors.ts";
import { db } from "@/server/db.ts";
import { isUuid } from "@/lib/uuid.ts";
import type { SollicitationViewpoint } from "../rules/paths.ts";
import { requireSollicitation } from "../data/access.ts";

const SIDES: SollicitationViewpoint[] = ["EMISES", "RECUES", "SUPPORT"];

/** A file of a sollicitation, for whoever may read the sollicitation from one of its sides (consultation); NOT_FOUND otherwise. */
export async function getSollicitationAttachment({ userId, attachmentId }: { userId: string; attachmentId: string }) {
  const attachment = isUuid(attachmentId)
    ? await db.sollicitationAttachment.findUnique({ where: { id: attachmentId }, select: { sollicitationId: true, fileName: true, mimeType: true, content: true } })
    : null;
  if (!attachment) throw notFound("Pièce jointe introuvable.");
  for (const side of SIDES) {
    const reached = await requireSollicitation(db, userId, attachment.sollicitationId, side).then(
      () => true,
      (error: unknown) => {
        if (error instanceof AppError && error.code === "NOT_FOUND") return false;
        throw error;
      },
    );
    if (reached) return { fileName: attachment.fileName, mimeType: attachment.mimeType, content: attachment.content };
  }
  throw notFound("Pièce jointe introuvable.");
}
