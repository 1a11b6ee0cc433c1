import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";

/** What second factors the user has: the authenticator app, security keys, recovery codes left. */
export async function getSecondFactorSettings({ userId }: { userId: string }) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      loginEmail: true,
      totpEnabledAt: true,
      webAuthnCredentials: { select: { id: true, name: true, createdAt: true, lastUsedAt: true }, orderBy: { createdAt: "asc" } },
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (!user) throw notFound("Compte introuvable.");
  return {
    email: user.loginEmail,
    totpEnabledAt: user.totpEnabledAt,
    securityKeys: user.webAuthnCredentials,
    recoveryCodesLeft: user._count.recoveryCodes,
    hasSecondFactor: !!user.totpEnabledAt || user.webAuthnCredentials.length > 0,
  };
}

