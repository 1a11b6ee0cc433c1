import { db } from "@/server/db.ts";
import { ownInvitation, type AnswerInvitationOptions } from "../data/invitations.ts";

/** « Décliner » an invitation: it is withdrawn, nothing is granted, and nobody is told (the address reveals nothing). */
export async function declineInvitation(options: AnswerInvitationOptions) {
  await db.$transaction(async (tx) => {
    const invitation = await ownInvitation(tx, options);
    await tx.rattachement.deleteMany({ where: { id: invitation.id, userId: options.userId, status: "INVITE" } });
  });
}
