import { db } from "@/server/db.ts";
import { enforceRateLimits, formLimits, RATE_LIMITS } from "@/server/rate-limit.ts";
import { enqueueEmail } from "@/server/mail/outbox.ts";
import { activationEmail } from "../emails.ts";
import { ACTIVATION_VALIDITY_MS, issueUserToken, mayIssueAnotherToken } from "../data/user-tokens.ts";
import { normaliseEmail } from "../rules/login-email.ts";

/**
 * "Renvoyer le lien d'activation": a new link (older ones stop working) for an account still waiting for
 * activation. The caller answers the same whatever happens, so nothing tells whether the address exists.
 */
export async function resendActivation({ email, now = new Date(), ip = null }: { email: string; now?: Date; ip?: string | null }): Promise<void> {
  const loginEmail = normaliseEmail(email);
  await enforceRateLimits(
    "email-request",
    formLimits("email-request", { ip, limit: RATE_LIMITS.emailRequestPerIp }, { account: loginEmail, limit: RATE_LIMITS.emailRequestPerEmail }),
    now,
  );
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { loginEmail }, select: { id: true, status: true } });
    if (!user || user.status !== "EN_COURS_D_ACTIVATION") return;
    if (!(await mayIssueAnotherToken(tx, user.id, "ACTIVATION", now))) return;
    const token = await issueUserToken(tx, user.id, "ACTIVATION", ACTIVATION_VALIDITY_MS, now);
    await enqueueEmail(tx, loginEmail, activationEmail(token));
  });
}
