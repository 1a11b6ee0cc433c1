import { db } from "@/server/db.ts";
import { enforceRateLimits, formLimits, RATE_LIMITS } from "@/server/rate-limit.ts";
import { enqueueEmail } from "@/server/mail/outbox.ts";
import { passwordResetEmail } from "../emails.ts";
import { issueUserToken, mayIssueAnotherToken, PASSWORD_RESET_VALIDITY_MS } from "../data/user-tokens.ts";
import { normaliseEmail } from "../rules/login-email.ts";

/**
 * "Mot de passe oublié ?": e-mails a reset link to an active account, at most 3 an hour. The caller answers
 * the same whatever happens, so nothing tells whether the address exists.
 */
export async function requestPasswordReset({ email, now = new Date(), ip = null }: { email: string; now?: Date; ip?: string | null }): Promise<void> {
  const loginEmail = normaliseEmail(email);
  await enforceRateLimits(
    "email-request",
    formLimits("email-request", { ip, limit: RATE_LIMITS.emailRequestPerIp }, { account: loginEmail, limit: RATE_LIMITS.emailRequestPerEmail }),
    now,
  );
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { loginEmail }, select: { id: true, status: true, kind: true } });
    // A technical account never gets a password: it never signs in (its applications act as it through the API).
    if (!user || user.status !== "ACTIF" || user.kind !== "PERSONNE") return;
    if (!(await mayIssueAnotherToken(tx, user.id, "PASSWORD_RESET", now))) return;
    const token = await issueUserToken(tx, user.id, "PASSWORD_RESET", PASSWORD_RESET_VALIDITY_MS, now);
    await enqueueEmail(tx, loginEmail, passwordResetEmail(token));
  });
}
