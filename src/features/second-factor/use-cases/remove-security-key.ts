import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { assertRecentSecondFactor, audit } from "../data/enrolment.ts";
import { findOpenSession } from "../data/second-factor-session.ts";

/** Mon compte > "Supprimer" a key; the last second factor of the account cannot go (an app or another key must remain). */
export async function removeSecurityKey(input: { userId: string; sessionId: string; keyId: string; now?: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await findOpenSession(tx, input.userId, input.sessionId);
    assertRecentSecondFactor(session.secondFactorAt, input.now ?? new Date());
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${input.userId}::uuid FOR UPDATE`;
    const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { totpEnabledAt: true, webAuthnCredentials: { select: { id: true } } } });
    if (!user.webAuthnCredentials.some((k) => k.id === input.keyId)) throw new AppError("NOT_FOUND", "Clé de sécurité introuvable.");
    if (!user.totpEnabledAt && user.webAuthnCredentials.length === 1) {
      throw new AppError("CONFLICT", "C'est votre seul second facteur : configurez une application d'authentification ou une autre clé avant de la supprimer.");
    }
    await tx.webAuthnCredential.delete({ where: { id: input.keyId } });
    await audit(tx, input.userId, "SECOND_FACTOR_KEY_REMOVED");
  });
}
