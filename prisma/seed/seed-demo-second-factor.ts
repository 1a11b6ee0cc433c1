// Gives the demo accounts their authenticator app (DEMO_TOTP_SECRET), sealed with the server's key like any other.
import type { PrismaClient } from "@/generated/prisma/client.ts";
// The pure rule itself, not the area's index.ts: the seed runs before the database URL is known, and index.ts reaches db.ts.
import { TOTP_SECRET_BOX } from "@/features/second-factor/rules/totp.ts";
import { open, seal } from "@/server/auth/secret-box.ts";
import { DEMO_TOTP_SECRET } from "./demo-second-factor.ts";

/**
 * Each account that has no working app gets the demo one; an app that opens with the current key is kept (loading the
 * demo again changes nothing), and one sealed under a former key (a new NEXTAUTH_SECRET) is sealed again.
 */
export async function seedDemoSecondFactor(db: PrismaClient, emails: string[]): Promise<void> {
  for (const email of emails) {
    const user = await db.user.findUnique({ where: { loginEmail: email }, select: { id: true, totpSecret: true, totpEnabledAt: true } });
    if (!user || (user.totpEnabledAt && open(TOTP_SECRET_BOX, user.totpSecret))) continue;
    await db.user.update({ where: { id: user.id }, data: { totpSecret: seal(TOTP_SECRET_BOX, DEMO_TOTP_SECRET), totpEnabledAt: new Date() } });
  }
}
