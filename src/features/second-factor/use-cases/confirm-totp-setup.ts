import { open, seal } from "@/server/auth/secret-box.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { assertCodeTriesLeft, claimTotpStep, completeSecondFactor, recordWrongCode, REPLAYED_CODE_MESSAGE } from "../data/second-factor-session.ts";
import { audit, authorizeEnrolment, recoveryCodesAtFirstSetup } from "../data/enrolment.ts";
import { TOTP_SECRET_BOX, TOTP_SETUP_BOX, totpStep } from "../rules/totp.ts";

const EXPIRED = "Cette configuration a expiré : recommencez avec le nouveau QR code affiché.";

function openSetup(sealed: string, userId: string, now: Date): string {
  const raw = open(TOTP_SETUP_BOX, sealed);
  let box: { u?: unknown; s?: unknown; e?: unknown } | null = null;
  try {
    box = raw ? JSON.parse(raw) : null;
  } catch {
    box = null;
  }
  if (!box || box.u !== userId || typeof box.s !== "string" || typeof box.e !== "number" || box.e < now.getTime()) throw new AppError("VALIDATION", EXPIRED);
  return box.s;
}

/**
 * "Activer": the app's first code proves it holds the secret shown; the secret is then kept, encrypted. At first
 * login this also opens the session and gives the account its ten recovery codes (returned once); from Mon compte it
 * replaces the previous app.
 */
export async function confirmTotpSetup(input: { userId: string; sessionId: string; sealed: string; code: string; now?: Date }): Promise<{ recoveryCodes: string[] | null }> {
  const now = input.now ?? new Date();
  await db.$transaction((tx) => authorizeEnrolment(tx, input.userId, input.sessionId, now));
  const secret = openSetup(input.sealed, input.userId, now);
  await assertCodeTriesLeft(input.userId, input.sessionId, now);
  const step = totpStep(secret, input.code, now);
  if (step === null) throw await recordWrongCode(input.userId, input.sessionId, now, "Ce code ne correspond pas : vérifiez l'heure de votre téléphone et saisissez le code affiché.");
  return db.$transaction(async (tx) => {
    const { firstSetup } = await authorizeEnrolment(tx, input.userId, input.sessionId, now);
    if (!(await claimTotpStep(tx, input.userId, step, now))) throw new AppError("VALIDATION", REPLAYED_CODE_MESSAGE, "code");
    await tx.user.update({ where: { id: input.userId }, data: { totpSecret: seal(TOTP_SECRET_BOX, secret), totpEnabledAt: now } });
    await audit(tx, input.userId, firstSetup ? "SECOND_FACTOR_TOTP_ENABLED" : "SECOND_FACTOR_TOTP_REPLACED");
    if (firstSetup) await completeSecondFactor(tx, input.sessionId, now);
    return { recoveryCodes: await recoveryCodesAtFirstSetup(tx, input.userId, now) };
  });
}
