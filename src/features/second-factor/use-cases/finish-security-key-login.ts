// Giving the second factor with a registered security key or passkey (WebAuthn): the key's answer.
import { verifyAuthenticationResponse, type AuthenticationResponseJSON } from "@simplewebauthn/server";
import { relyingParty } from "@/server/auth/webauthn.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { assertCodeTriesLeft, completeSecondFactor, findOpenSession, recordWrongCode } from "../data/second-factor-session.ts";

/** Checked against the challenge kept on the session, the origin and the domain: right, it opens the session. */
export async function finishSecurityKeyLogin(input: { userId: string; sessionId: string; response: AuthenticationResponseJSON; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await assertCodeTriesLeft(input.userId, input.sessionId, now);
  const session = await findOpenSession(db, input.userId, input.sessionId);
  const key = await db.webAuthnCredential.findFirst({ where: { userId: input.userId, credentialId: String(input.response.id).slice(0, 1000) } });
  if (!session.webAuthnChallenge || !key) throw await recordWrongCode(input.userId, input.sessionId, now, "Cette clé de sécurité n'est pas reconnue.");
  const { rpID, origin } = relyingParty();
  let verified: Awaited<ReturnType<typeof verifyAuthenticationResponse>> | null = null;
  try {
    verified = await verifyAuthenticationResponse({
      response: input.response,
      expectedChallenge: session.webAuthnChallenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: { id: key.credentialId, publicKey: new Uint8Array(key.publicKey), counter: Number(key.counter), transports: key.transports as never },
    });
  } catch {
    verified = null;
  }
  if (!verified?.verified) throw await recordWrongCode(input.userId, input.sessionId, now, "La clé de sécurité n'a pas été reconnue.");
  await db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({ where: { id: input.sessionId, webAuthnChallenge: session.webAuthnChallenge, revokedAt: null }, data: { webAuthnChallenge: null } });
    if (count !== 1) throw new AppError("VALIDATION", "Cette vérification a déjà servi : recommencez.");
    await tx.webAuthnCredential.update({ where: { id: key.id }, data: { counter: BigInt(verified.authenticationInfo.newCounter), lastUsedAt: now } });
    await completeSecondFactor(tx, input.sessionId, now);
  });
}
