// Giving the second factor with a registered security key or passkey (WebAuthn).
import { generateAuthenticationOptions, verifyAuthenticationResponse, type AuthenticationResponseJSON, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { assertCodeTriesLeft, completeSecondFactor, findOpenSession, recordWrongCode } from "../data/second-factor-session.ts";
import { relyingParty } from "@/server/auth/webauthn.ts";

export async function beginSecurityKeyLogin(input: { userId: string; sessionId: string; now?: Date }): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const now = input.now ?? new Date();
  await assertCodeTriesLeft(input.userId, input.sessionId, now);
  const keys = await db.webAuthnCredential.findMany({ where: { userId: input.userId }, select: { credentialId: true, transports: true } });
  if (keys.length === 0) throw new AppError("VALIDATION", "Aucune clé de sécurité n'est enregistrée pour ce compte.");
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    allowCredentials: keys.map((k) => ({ id: k.credentialId, transports: k.transports as never })),
    userVerification: "preferred",
  });
  await db.userSession.updateMany({ where: { id: input.sessionId, userId: input.userId, revokedAt: null }, data: { webAuthnChallenge: options.challenge } });
  return options;
}

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
