// Registering a security key or passkey (WebAuthn) as a second factor: at first login instead of the app, or in Mon compte.
import { generateRegistrationOptions, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { relyingParty } from "@/server/auth/webauthn.ts";
import { db } from "@/server/db.ts";
import { authorizeEnrolment } from "../data/enrolment.ts";

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
