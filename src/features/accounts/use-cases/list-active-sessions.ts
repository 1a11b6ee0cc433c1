// Mon compte > "Sessions actives".
import { PENDING_SESSION_MAX_MS, SESSION_ABSOLUTE_MAX_MS } from "@/server/auth/user-sessions.ts";
import { config } from "@/server/config.ts";
import { db } from "@/server/db.ts";

export type ActiveSession = Awaited<ReturnType<typeof listActiveSessions>>[number];

/** The user's signed-in sessions still live, the most recent first (at most 10). */
export async function listActiveSessions(input: { userId: string; currentSessionId: string; now?: Date }) {
  const now = (input.now ?? new Date()).getTime();
  const rows = await db.userSession.findMany({
    where: {
      userId: input.userId,
      revokedAt: null,
      lastSeenAt: { gt: new Date(now - config.sessionMaxAgeSeconds * 1000) },
      createdAt: { gt: new Date(now - SESSION_ABSOLUTE_MAX_MS) },
      OR: [{ secondFactorAt: { not: null } }, { createdAt: { gt: new Date(now - PENDING_SESSION_MAX_MS) } }],
    },
    select: { id: true, ip: true, userAgent: true, createdAt: true, lastSeenAt: true, secondFactorAt: true },
    orderBy: { lastSeenAt: "desc" },
    take: 10,
  });
  return rows.map((row) => ({ ...row, current: row.id === input.currentSessionId }));
}
