import type { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";

export type AnswerInvitationOptions = { userId: string; rattachementId: string };

/** The user's own invitation (INVITE), or NOT_FOUND: another user's invitation does not exist for them. */
export async function ownInvitation(client: Pick<typeof db, "rattachement">, { userId, rattachementId }: AnswerInvitationOptions) {
  const invitation = await client.rattachement.findFirst({
    where: { id: rattachementId, userId, status: "INVITE" },
    select: { id: true, structureId: true, invitedById: true, role: true },
  });
  if (!invitation) throw notFound("Invitation introuvable.");
  return invitation;
}
