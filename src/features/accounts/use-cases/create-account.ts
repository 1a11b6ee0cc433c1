import { db } from "@/server/db.ts";
import { enforceRateLimits, formLimits, RATE_LIMITS } from "@/server/rate-limit.ts";
import { enqueueEmail } from "@/server/mail/outbox.ts";
import type { SignupInput } from "../schemas.ts";
import { accountExistsEmail, activationEmail } from "../emails.ts";
import { consumeCaptcha } from "../data/captcha.ts";
import { ACTIVATION_VALIDITY_MS, issueUserToken } from "../data/user-tokens.ts";
import { emptyToNull, postalAddressData } from "@/lib/postal-address.ts";
import { normaliseEmail } from "../rules/login-email.ts";

export type CreateAccountOptions = { input: SignupInput; now?: Date; ip?: string | null };

/**
 * "Créer un compte": checks the captcha, creates the account EN_COURS_D_ACTIVATION and e-mails its activation
 * link. When the login address is taken, the answer is the same (nothing tells that the address exists) and
 * that address is told by e-mail instead.
 */
export async function createAccount({ input, now = new Date(), ip = null }: CreateAccountOptions): Promise<{ loginEmail: string }> {
  const loginEmail = normaliseEmail(input.loginEmail);
  await enforceRateLimits("signup", formLimits("signup", { ip, limit: RATE_LIMITS.signupPerIp }), now);
  await db.$transaction(async (tx) => {
    await consumeCaptcha(tx, input.altcha, now);
    // Counted once the captcha is solved: nobody can use up an address's quota without the proof of work.
    await enforceRateLimits("signup", formLimits("signup", { ip: null, limit: RATE_LIMITS.signupPerIp }, { account: loginEmail, limit: RATE_LIMITS.signupPerEmail }), now);
    // ON CONFLICT DO NOTHING: of two sign-ups racing for one address, the second is answered like any taken address.
    const { count } = await tx.user.createMany({
      data: {
        loginEmail,
        contactEmail: emptyToNull(input.contactEmail),
        nom: input.nom,
        prenom: input.prenom,
        ...postalAddressData(input),
        status: "EN_COURS_D_ACTIVATION",
      },
      skipDuplicates: true,
    });
    if (count === 0) {
      await enqueueEmail(tx, loginEmail, accountExistsEmail());
      return;
    }
    const user = await tx.user.findUniqueOrThrow({ where: { loginEmail }, select: { id: true } });
    const token = await issueUserToken(tx, user.id, "ACTIVATION", ACTIVATION_VALIDITY_MS, now);
    await enqueueEmail(tx, loginEmail, activationEmail(token));
  });
  return { loginEmail };
}
