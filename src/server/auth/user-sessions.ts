// The server side of a signed-in browser: one user_sessions row per login, named by the session cookie (a signed JWT).
// A request is accepted only while its row is live: not revoked, used within SESSION_MAX_AGE_MINUTES, younger than
// a working day, its user active. Revoking the row (sign-out, password change, deactivation…) ends the session at
// its next request, whatever the cookie says.
import { isUuid } from "@/lib/uuid.ts";
import { config } from "../config.ts";
import { db, type Tx } from "../db.ts";

/** A session lasts at most this long, however active (then the password and second factor are asked again). */
export const SESSION_ABSOLUTE_MAX_MS = 12 * 60 * 60_000;
/** A session that has not given its second factor within this time ends (only the second-factor pages are open to it). */
export const PENDING_SESSION_MAX_MS = 15 * 60_000;
/** lastSeenAt is written at most once a minute: reading a page costs one query, not a write. */
const TOUCH_EVERY_MS = 60_000;

export type LiveSession = {
  id: string;
  secondFactorAt: Date | null;
  /** `administrator`: an active platform administrator (User.platformRole), read with the session for the header's tabs. */
  user: { id: string; email: string; nom: string; prenom: string; administrator: boolean };
};

export async function createUserSession(input: { userId: string; ip: string | null; userAgent: string | null }): Promise<string> {
  const row = await db.userSession.create({
    data: { userId: input.userId, ip: input.ip?.slice(0, 100) ?? null, userAgent: input.userAgent?.slice(0, 300) ?? null },
    select: { id: true },
  });
  return row.id;
}

/** The row of a live session, with its user, in one query; null when it is unknown, revoked, expired or its user inactive. */
export async function readLiveSession(sessionId: string, now = new Date()): Promise<LiveSession | null> {
  if (!isUuid(sessionId)) return null;
  const idleLimit = new Date(now.getTime() - config.sessionMaxAgeSeconds * 1000);
  const ageLimit = new Date(now.getTime() - SESSION_ABSOLUTE_MAX_MS);
  const pendingLimit = new Date(now.getTime() - PENDING_SESSION_MAX_MS);
  const [row] = await db.$queryRaw<
    { id: string; second_factor_at: Date | null; last_seen_at: Date; user_id: string; login_email: string; nom: string; prenom: string; administrator: boolean }[]
  >`
    SELECT s.id, s.second_factor_at, s.last_seen_at, u.id AS user_id, u.login_email, u.nom, u.prenom, coalesce(u.platform_role = 'ADMINISTRATEUR', false) AS administrator
    FROM user_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${sessionId}::uuid AND s.revoked_at IS NULL AND s.last_seen_at > ${idleLimit} AND s.created_at > ${ageLimit}
      AND (s.second_factor_at IS NOT NULL OR s.created_at > ${pendingLimit}) AND u.status = 'ACTIF'`;
  if (!row) return null;
  if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return { id: row.id, secondFactorAt: row.second_factor_at, user: { id: row.user_id, email: row.login_email, nom: row.nom, prenom: row.prenom, administrator: row.administrator } };
}

/** Ends one session (sign-out). */
export async function revokeSession(sessionId: string, now = new Date()): Promise<void> {
  if (!isUuid(sessionId)) return;
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of these users, but `exceptSessionId` (the one that asked, on a password change). */
export async function revokeUserSessions(tx: Tx, userIds: string[], options: { exceptSessionId?: string; now?: Date } = {}): Promise<number> {
  if (userIds.length === 0) return 0;
  const { count } = await tx.userSession.updateMany({
    where: { userId: { in: userIds }, revokedAt: null, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
    data: { revokedAt: options.now ?? new Date() },
  });
  return count;
}
