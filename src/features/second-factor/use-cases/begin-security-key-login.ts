// Giving the second factor with a registered security key or passkey (WebAuthn): the options the browser passes to the key.
import { generateAuthenticationOptions, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { relyingParty } from "@/server/auth/webauthn.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { assertCodeTriesLeft } from "../data/second-factor-session.ts";

/** The challenge is kept on the session until the key's answer comes. */
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
