// The second factor after the password: the authenticator app (TOTP), recovery codes, the e-mailed code, and the
// limits on tries; set up at first login only by an account that has none.
import { describe, expect, it } from "vitest";
import { beginTotpSetup } from "@/features/second-factor/use-cases/begin-totp-setup.ts";
import { confirmTotpSetup } from "@/features/second-factor/use-cases/confirm-totp-setup.ts";
import { getSecondFactorSettings } from "@/features/second-factor/use-cases/get-second-factor-settings.ts";
import { regenerateRecoveryCodes } from "@/features/second-factor/use-cases/regenerate-recovery-codes.ts";
import { beginSecurityKeyRegistration } from "@/features/second-factor/use-cases/begin-security-key-registration.ts";
import { sendEmailCode } from "@/features/second-factor/use-cases/send-email-code.ts";
import { verifyEmailCode } from "@/features/second-factor/use-cases/verify-email-code.ts";
import { verifyRecoveryCode } from "@/features/second-factor/use-cases/verify-recovery-code.ts";
import { verifyTotpCode } from "@/features/second-factor/use-cases/verify-totp-code.ts";
import { TOTP_SECRET_BOX, totpCode } from "@/features/second-factor/rules/totp.ts";
import { open, seal } from "@/server/auth/secret-box.ts";
import { createUserSession, readLiveSession } from "@/server/auth/user-sessions.ts";
import { db } from "@/server/db.ts";
import { createUser } from "../factories.ts";

const MINUTE = 60_000;
const STEP = 30_000;

const pendingSession = (userId: string) => createUserSession({ userId, ip: null, userAgent: null });
const isOpen = async (sessionId: string) => !!(await readLiveSession(sessionId))?.secondFactorAt;

/** A user whose authenticator app is set up (through the first-login setup), with its secret and recovery codes. */
async function userWithApp(now = new Date()) {
  const user = await createUser();
  const sessionId = await pendingSession(user.id);
  const setup = await beginTotpSetup({ userId: user.id, email: user.loginEmail, now });
  const { recoveryCodes } = await confirmTotpSetup({ userId: user.id, sessionId, sealed: setup.sealed, code: totpCode(setup.secret, now), now });
  return { user, secret: setup.secret, recoveryCodes: recoveryCodes!, setupSessionId: sessionId };
}

/** An instant in the middle of a TOTP step, so that the steps around it are unambiguous. */
const midStep = () => new Date(Math.floor(Date.now() / STEP) * STEP + STEP / 2);

describe("first login: setting up the authenticator app", () => {
  it("a right first code keeps the secret encrypted, opens the session and gives ten recovery codes shown once", async () => {
    const { user, secret, recoveryCodes, setupSessionId } = await userWithApp();
    expect(await isOpen(setupSessionId)).toBe(true);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpEnabledAt).not.toBeNull();
    expect(stored.totpSecret).not.toContain(secret);
    expect(open(TOTP_SECRET_BOX, stored.totpSecret)).toBe(secret);
    expect(open("autre-usage", stored.totpSecret)).toBeNull();
    const codes = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(codes.map((c) => c.codeHash).some((hash) => recoveryCodes.some((code) => hash.includes(code.replace("-", ""))))).toBe(false);
    expect(await getSecondFactorSettings({ userId: user.id })).toMatchObject({ hasSecondFactor: true, recoveryCodesLeft: 10 });
  });

  it("a wrong code, an expired or foreign setup, or an altered box is refused", async () => {
    const user = await createUser();
    const sessionId = await pendingSession(user.id);
    const now = new Date();
    const setup = await beginTotpSetup({ userId: user.id, email: user.loginEmail, now });
    await expect(confirmTotpSetup({ userId: user.id, sessionId, sealed: setup.sealed, code: "000000", now })).rejects.toMatchObject({ code: "VALIDATION", field: "code" });
    const later = new Date(now.getTime() + 16 * MINUTE);
    await expect(confirmTotpSetup({ userId: user.id, sessionId, sealed: setup.sealed, code: totpCode(setup.secret, later), now: later })).rejects.toMatchObject({ code: "VALIDATION" });
    const other = await createUser();
    const otherSetup = await beginTotpSetup({ userId: other.id, email: other.loginEmail, now });
    await expect(confirmTotpSetup({ userId: user.id, sessionId, sealed: otherSetup.sealed, code: totpCode(otherSetup.secret, now), now })).rejects.toMatchObject({ code: "VALIDATION" });
    const forged = seal("totp-setup", JSON.stringify({ u: user.id, s: "JBSWY3DPEHPK3PXP", e: now.getTime() + MINUTE })).slice(0, -2) + "AA";
    await expect(confirmTotpSetup({ userId: user.id, sessionId, sealed: forged, code: totpCode("JBSWY3DPEHPK3PXP", now), now })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await isOpen(sessionId)).toBe(false);
  });

  it("a session that has only the password cannot replace the app nor add a key of an account that has one", async () => {
    const { user } = await userWithApp();
    const thief = await pendingSession(user.id);
    const setup = await beginTotpSetup({ userId: user.id, email: user.loginEmail });
    await expect(confirmTotpSetup({ userId: user.id, sessionId: thief, sealed: setup.sealed, code: totpCode(setup.secret) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(beginSecurityKeyRegistration({ userId: user.id, sessionId: thief })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(regenerateRecoveryCodes({ userId: user.id, sessionId: thief })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await isOpen(thief)).toBe(false);
  });

  it("changing the factors needs a second factor given in the last 15 minutes (a session left open cannot)", async () => {
    const { user, setupSessionId } = await userWithApp();
    const later = new Date(Date.now() + 16 * MINUTE);
    const setup = await beginTotpSetup({ userId: user.id, email: user.loginEmail, now: later });
    await expect(confirmTotpSetup({ userId: user.id, sessionId: setupSessionId, sealed: setup.sealed, code: totpCode(setup.secret, later), now: later })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("15 minutes"),
    });
    await expect(regenerateRecoveryCodes({ userId: user.id, sessionId: setupSessionId, now: later })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Within the 15 minutes, the app is replaced (the recovery codes stay).
    const now = new Date(Date.now() + 60_000);
    const replacement = await beginTotpSetup({ userId: user.id, email: user.loginEmail, now });
    expect(await confirmTotpSetup({ userId: user.id, sessionId: setupSessionId, sealed: replacement.sealed, code: totpCode(replacement.secret, now), now })).toEqual({ recoveryCodes: null });
    expect(open(TOTP_SECRET_BOX, (await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret)).toBe(replacement.secret);
  });

  it("a security key registration starts with a challenge kept on the session, for the portal's domain", async () => {
    const user = await createUser();
    const sessionId = await pendingSession(user.id);
    const options = await beginSecurityKeyRegistration({ userId: user.id, sessionId });
    expect(options.rp).toMatchObject({ id: "localhost" });
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).webAuthnChallenge).toBe(options.challenge);
  });
});

describe("the code of the authenticator app", () => {
  it("a TOTP code is accepted once in its window and replay is refused", async () => {
    const now = midStep();
    const { user, secret } = await userWithApp(new Date(now.getTime() - 5 * STEP));
    const first = await pendingSession(user.id);
    await verifyTotpCode({ userId: user.id, sessionId: first, code: totpCode(secret, now), now });
    expect(await isOpen(first)).toBe(true);

    // The same code, from another browser (someone who saw it typed): refused, and not counted as a wrong code.
    const replay = await pendingSession(user.id);
    await expect(verifyTotpCode({ userId: user.id, sessionId: replay, code: totpCode(secret, now), now })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("déjà servi") });
    expect((await db.userSession.findUniqueOrThrow({ where: { id: replay } })).codeFailures).toBe(0);
    // The previous step's code is still within the window; two steps back is not.
    await verifyTotpCode({ userId: user.id, sessionId: replay, code: totpCode(secret, new Date(now.getTime() - STEP)), now });
    const late = await pendingSession(user.id);
    await expect(verifyTotpCode({ userId: user.id, sessionId: late, code: totpCode(secret, new Date(now.getTime() - 2 * STEP)), now })).rejects.toMatchObject({ code: "VALIDATION", field: "code" });
    expect(await isOpen(late)).toBe(false);
  });

  it("five wrong codes close the session; ten on the account stop every try on it for 15 minutes", async () => {
    const now = midStep();
    const { user, secret } = await userWithApp(new Date(now.getTime() - 10 * STEP));
    const session = await pendingSession(user.id);
    for (let i = 1; i <= 4; i++) {
      await expect(verifyTotpCode({ userId: user.id, sessionId: session, code: "000000", now })).rejects.toMatchObject({ message: expect.stringContaining(`Il vous reste ${5 - i} essai`) });
    }
    await expect(verifyTotpCode({ userId: user.id, sessionId: session, code: "000000", now })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await readLiveSession(session)).toBeNull();
    await expect(verifyTotpCode({ userId: user.id, sessionId: session, code: totpCode(secret, now), now })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    const second = await pendingSession(user.id);
    for (let i = 0; i < 4; i++) await expect(verifyTotpCode({ userId: user.id, sessionId: second, code: "000000", now })).rejects.toMatchObject({ code: "VALIDATION" });
    const third = await pendingSession(user.id);
    await expect(verifyTotpCode({ userId: user.id, sessionId: third, code: "000000", now })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(verifyTotpCode({ userId: user.id, sessionId: third, code: totpCode(secret, now), now })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const later = new Date(now.getTime() + 16 * MINUTE);
    const fourth = await pendingSession(user.id);
    await verifyTotpCode({ userId: user.id, sessionId: fourth, code: totpCode(secret, later), now: later });
    expect(await isOpen(fourth)).toBe(true);
  });
});

describe("recovery codes", () => {
  it("a recovery code works once, in any case and with or without its dash", async () => {
    const { user, recoveryCodes } = await userWithApp();
    const first = await pendingSession(user.id);
    expect(await verifyRecoveryCode({ userId: user.id, sessionId: first, code: ` ${recoveryCodes[0].toUpperCase().replace("-", "")} ` })).toEqual({ left: 9 });
    expect(await isOpen(first)).toBe(true);
    const second = await pendingSession(user.id);
    await expect(verifyRecoveryCode({ userId: user.id, sessionId: second, code: recoveryCodes[0] })).rejects.toMatchObject({ code: "VALIDATION", field: "code" });
    expect(await isOpen(second)).toBe(false);
    // Another account's code opens nothing.
    const other = await userWithApp();
    await expect(verifyRecoveryCode({ userId: user.id, sessionId: second, code: other.recoveryCodes[0] })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("regenerating gives ten new codes and ends the old ones", async () => {
    const { user, recoveryCodes, setupSessionId } = await userWithApp();
    const fresh = await regenerateRecoveryCodes({ userId: user.id, sessionId: setupSessionId });
    expect(fresh).toHaveLength(10);
    const session = await pendingSession(user.id);
    await expect(verifyRecoveryCode({ userId: user.id, sessionId: session, code: recoveryCodes[1] })).rejects.toMatchObject({ code: "VALIDATION" });
    await verifyRecoveryCode({ userId: user.id, sessionId: session, code: fresh[1] });
    expect(await isOpen(session)).toBe(true);
  });
});

describe("the code sent by e-mail", () => {
  const sentCode = async (email: string) => {
    const [mail] = await db.outboxMessage.findMany({ where: { to: email, subject: { contains: "Votre code de connexion" } }, orderBy: { createdAt: "desc" } });
    return mail.text.match(/code de connexion est : (\d{6})/)![1];
  };

  it("the e-mail code expires after 10 minutes, serves once, and its tries are limited", async () => {
    const { user } = await userWithApp();
    const now = new Date();
    const session = await pendingSession(user.id);
    await sendEmailCode({ userId: user.id, sessionId: session, now });
    const code = await sentCode(user.loginEmail);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: session } })).emailCodeHash).not.toContain(code);
    await expect(sendEmailCode({ userId: user.id, sessionId: session, now: new Date(now.getTime() + 30_000) })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(verifyEmailCode({ userId: user.id, sessionId: session, code, now: new Date(now.getTime() + 11 * MINUTE) })).rejects.toMatchObject({ message: expect.stringContaining("expiré") });

    // A new code; four wrong tries leave the right one usable, once.
    const resent = new Date(now.getTime() + 2 * MINUTE);
    await sendEmailCode({ userId: user.id, sessionId: session, now: resent });
    const second = await sentCode(user.loginEmail);
    const wrong = second === "000000" ? "111111" : "000000";
    for (let i = 0; i < 4; i++) await expect(verifyEmailCode({ userId: user.id, sessionId: session, code: wrong, now: resent })).rejects.toMatchObject({ code: "VALIDATION" });
    await verifyEmailCode({ userId: user.id, sessionId: session, code: second, now: resent });
    expect(await isOpen(session)).toBe(true);
    await expect(verifyEmailCode({ userId: user.id, sessionId: session, code: second, now: resent })).rejects.toMatchObject({ code: "VALIDATION" });

    // Five wrong tries end the session: the right code then opens nothing.
    const other = await pendingSession(user.id);
    await sendEmailCode({ userId: user.id, sessionId: other, now });
    const third = await sentCode(user.loginEmail);
    const bad = third === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) await expect(verifyEmailCode({ userId: user.id, sessionId: other, code: bad, now })).rejects.toBeDefined();
    await expect(verifyEmailCode({ userId: user.id, sessionId: other, code: third, now })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await isOpen(other)).toBe(false);
  });

  it("an e-mailed code serves only the session that asked for it, and only an account with a second factor gets one", async () => {
    const { user } = await userWithApp();
    const asking = await pendingSession(user.id);
    const elsewhere = await pendingSession(user.id);
    await sendEmailCode({ userId: user.id, sessionId: asking });
    const code = await sentCode(user.loginEmail);
    await expect(verifyEmailCode({ userId: user.id, sessionId: elsewhere, code })).rejects.toMatchObject({ code: "VALIDATION" });
    const newcomer = await createUser();
    await expect(sendEmailCode({ userId: newcomer.id, sessionId: await pendingSession(newcomer.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
