// Who may set up a second factor: a session that has given its second factor (Mon compte), or, at first login, a
// session that has given its password when the account has no second factor yet. Never a session that has only the
// password of an account that already has one: that would let a stolen password replace the owner's factor.
import type { Tx } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { newRecoveryCodes, hashRecoveryCode } from "../rules/recovery-codes.ts";
import { findOpenSession } from "./second-factor-session.ts";

export async function authorizeEnrolment(tx: Tx, userId: string, sessionId: string, now = new Date()) {
  const session = await findOpenSession(tx, userId, sessionId);
  if (session.secondFactorAt) {
    assertRecentSecondFactor(session.secondFactorAt, now);
    return { session, firstSetup: false };
  }
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true, _count: { select: { webAuthnCredentials: true } } } });
  if (user.totpEnabledAt || user._count.webAuthnCredentials > 0) {
    throw new AppError("FORBIDDEN", "Votre compte a déjà un second facteur : donnez-le d'abord pour en changer.");
  }
  return { session, firstSetup: true };
}

/** Changing the factors (app, keys, recovery codes) needs a second factor given recently: a session left open or taken over cannot. */
export const RECENT_SECOND_FACTOR_MINUTES = 15;
export function assertRecentSecondFactor(secondFactorAt: Date | null, now: Date) {
  if (!secondFactorAt) throw new AppError("FORBIDDEN", "Donnez d'abord votre second facteur.");
  if (now.getTime() - secondFactorAt.getTime() > RECENT_SECOND_FACTOR_MINUTES * 60_000) {
    throw new AppError(
      "FORBIDDEN",
      `Par sécurité, la double authentification ne se modifie que dans les ${RECENT_SECOND_FACTOR_MINUTES} minutes qui suivent la connexion : déconnectez-vous puis reconnectez-vous.`,
    );
  }
}

/** Ten new recovery codes in place of the old ones; the codes themselves are returned once, never stored. */
export async function replaceRecoveryCodes(tx: Tx, userId: string, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code), createdAt: now })) });
  return codes;
}

/** At first setup, the account gets its recovery codes (when it has none left). */
export async function recoveryCodesAtFirstSetup(tx: Tx, userId: string, now: Date): Promise<string[] | null> {
  const unused = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
  return unused === 0 ? replaceRecoveryCodes(tx, userId, now) : null;
}

export async function audit(tx: Tx, userId: string, action: string, detail?: Record<string, string>) {
  await tx.auditLog.create({ data: { actorId: userId, action, targetType: "User", targetId: userId, detail } });
}
