// Registering a security key or passkey (WebAuthn) as a second factor: the key's answer, checked, then the key kept.
import { verifyRegistrationResponse, type RegistrationResponseJSON } from "@simplewebauthn/server";
import { relyingParty } from "@/server/auth/webauthn.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { audit, authorizeEnrolment, recoveryCodesAtFirstSetup } from "../data/enrolment.ts";
import { completeSecondFactor } from "../data/second-factor-session.ts";
import { securityKeyName } from "../rules/security-key-name.ts";

const REFUSED = "La clé de sécurité n'a pas pu être enregistrée : réessayez.";

/** The key's answer: checked against the challenge, the origin and the domain, then the key is kept. */
export async function finishSecurityKeyRegistration(input: {
  userId: string;
  sessionId: string;
  response: RegistrationResponseJSON;
  name?: string;
  now?: Date;
}): Promise<{ recoveryCodes: string[] | null }> {
  const now = input.now ?? new Date();
  const { session } = await db.$transaction((tx) => authorizeEnrolment(tx, input.userId, input.sessionId, now));
  if (!session.webAuthnChallenge) throw new AppError("VALIDATION", REFUSED);
  const { rpID, origin } = relyingParty();
  let verification;
  try {
    verification = await verifyRegistrationResponse({ response: input.response, expectedChallenge: session.webAuthnChallenge, expectedOrigin: origin, expectedRPID: rpID });
  } catch {
    throw new AppError("VALIDATION", REFUSED);
  }
  if (!verification.verified) throw new AppError("VALIDATION", REFUSED);
  const { credential } = verification.registrationInfo;
  return db.$transaction(async (tx) => {
    const { firstSetup } = await authorizeEnrolment(tx, input.userId, input.sessionId, now);
    const { count } = await tx.userSession.updateMany({ where: { id: input.sessionId, webAuthnChallenge: session.webAuthnChallenge }, data: { webAuthnChallenge: null } });
    if (count !== 1) throw new AppError("VALIDATION", REFUSED);
    if (await tx.webAuthnCredential.findUnique({ where: { credentialId: credential.id }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Cette clé de sécurité est déjà enregistrée.");
    }
    const existing = await tx.webAuthnCredential.count({ where: { userId: input.userId } });
    await tx.webAuthnCredential.create({
      data: {
        userId: input.userId,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        name: securityKeyName(input.name, existing),
        createdAt: now,
      },
    });
    await audit(tx, input.userId, "SECOND_FACTOR_KEY_ADDED");
    if (firstSetup) await completeSecondFactor(tx, input.sessionId, now);
    return { recoveryCodes: firstSetup ? await recoveryCodesAtFirstSetup(tx, input.userId, now) : null };
  });
}
