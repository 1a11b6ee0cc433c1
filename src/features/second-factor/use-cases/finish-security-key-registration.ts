// Registering a security key or passkey (WebAuthn) as a second factor: at first login instead of the app, or in Mon compte.
import { generateRegistrationOptions, verifyRegistrationResponse, type PublicKeyCredentialCreationOptionsJSON, type RegistrationResponseJSON } from "@simplewebauthn/server";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { assertRecentSecondFactor, audit, authorizeEnrolment, recoveryCodesAtFirstSetup } from "../data/enrolment.ts";
import { completeSecondFactor, findOpenSession } from "../data/second-factor-session.ts";
import { relyingParty, securityKeyName } from "@/server/auth/webauthn.ts";

const REFUSED = "La clé de sécurité n'a pas pu être enregistrée : réessayez.";

/** The options the browser passes to the key; the challenge is kept on the session until the answer comes. */
export async function beginSecurityKeyRegistration(input: { userId: string; sessionId: string }): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return db.$transaction(async (tx) => {
    await authorizeEnrolment(tx, input.userId, input.sessionId);
    const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { loginEmail: true, prenom: true, nom: true, webAuthnCredentials: { select: { credentialId: true, transports: true } } } });
    const { rpID, rpName } = relyingParty();
    const options = await generateRegistrationOptions({
      rpName,
      rpID,
      userName: user.loginEmail,
      userDisplayName: `${user.prenom} ${user.nom}`,
      userID: new TextEncoder().encode(input.userId),
      attestationType: "none",
      excludeCredentials: user.webAuthnCredentials.map((c) => ({ id: c.credentialId, transports: c.transports as never })),
      authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
    });
    await tx.userSession.update({ where: { id: input.sessionId }, data: { webAuthnChallenge: options.challenge } });
    return options;
  });
}

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
