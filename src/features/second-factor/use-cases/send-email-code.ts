import { randomInt } from "node:crypto";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { enqueueEmail } from "@/server/mail/outbox.ts";
import { secondFactorCodeEmail } from "../emails.ts";
import { assertCodeTriesLeft, findOpenSession } from "../data/second-factor-session.ts";
import { EMAIL_CODE_MINUTES, EMAIL_CODE_RESEND_AFTER_MS, hashEmailCode } from "../rules/email-code.ts";

/**
 * "Recevoir un code par courriel" (when the app is not at hand): a six-digit code, valid 10 minutes, sent to the login
 * address of an account that has a second factor (a first login sets one up instead). One code a minute at most.
 */
export async function sendEmailCode(input: { userId: string; sessionId: string; now?: Date }): Promise<{ email: string }> {
  const now = input.now ?? new Date();
  await assertCodeTriesLeft(input.userId, input.sessionId, now);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM user_sessions WHERE id = ${input.sessionId}::uuid FOR UPDATE`;
    const session = await findOpenSession(tx, input.userId, input.sessionId);
    const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { loginEmail: true, totpEnabledAt: true, _count: { select: { webAuthnCredentials: true } } } });
    if (!user.totpEnabledAt && user._count.webAuthnCredentials === 0) throw new AppError("FORBIDDEN", "Configurez d'abord votre application d'authentification.");
    const sentAt = session.emailCodeExpiresAt ? session.emailCodeExpiresAt.getTime() - EMAIL_CODE_MINUTES * 60_000 : null;
    if (sentAt !== null && now.getTime() - sentAt < EMAIL_CODE_RESEND_AFTER_MS) {
      throw new AppError("RATE_LIMITED", "Un code vient de vous être envoyé : attendez une minute avant d'en demander un autre.");
    }
    const code = String(randomInt(1_000_000)).padStart(6, "0");
    await tx.userSession.update({
      where: { id: input.sessionId },
      data: { emailCodeHash: hashEmailCode(input.sessionId, code), emailCodeExpiresAt: new Date(now.getTime() + EMAIL_CODE_MINUTES * 60_000) },
    });
    await enqueueEmail(tx, user.loginEmail, secondFactorCodeEmail(code, EMAIL_CODE_MINUTES));
    return { email: user.loginEmail };
  });
}
