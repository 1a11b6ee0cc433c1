// The single-use links of the accounts area (activation, password reset): issued and redeemed inside the
// use case's transaction. Only the token's hash is stored.
import type { TokenPurpose } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { hashToken, newToken } from "@/server/tokens.ts";

export const ACTIVATION_VALIDITY_MS = 24 * 60 * 60_000;
export const PASSWORD_RESET_VALIDITY_MS = 60 * 60_000;

/** Invalidates the user's earlier links of this purpose and issues a new one; returns the token for the e-mail. */
export async function issueUserToken(tx: Tx, userId: string, purpose: TokenPurpose, validityMs: number, now: Date): Promise<string> {
  await invalidateUserTokens(tx, userId, purpose, now);
  const { token, hash } = newToken();
  await tx.userToken.create({ data: { userId, purpose, tokenHash: hash, expiresAt: new Date(now.getTime() + validityMs), createdAt: now } });
  return token;
}

export async function invalidateUserTokens(tx: Tx, userId: string, purpose: TokenPurpose, now: Date) {
  await tx.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
}

/** The token's row with its user when it is of this purpose, unused and unexpired; else null. */
export async function findUsableToken(tx: Tx, token: string, purpose: TokenPurpose, now: Date) {
  const row = await tx.userToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now) return null;
  return row;
}

/**
 * Marks the token used, once: of two requests racing with the same link, only the one that wins this update
 * goes on. Returns false for the loser.
 */
export async function redeemToken(tx: Tx, tokenId: string, now: Date): Promise<boolean> {
  const { count } = await tx.userToken.updateMany({ where: { id: tokenId, usedAt: null }, data: { usedAt: now } });
  return count === 1;
}

/** At most this many links of one purpose e-mailed to an account per hour: beyond, requests are silently ignored. */
export const MAX_LINKS_PER_HOUR = 3;

/**
 * Whether the account may be sent one more link of this purpose now. Locks the user's row first, so that
 * concurrent requests are counted one after the other.
 */
export async function mayIssueAnotherToken(tx: Tx, userId: string, purpose: TokenPurpose, now: Date): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  const recent = await tx.userToken.count({ where: { userId, purpose, createdAt: { gt: new Date(now.getTime() - 60 * 60_000) } } });
  return recent < MAX_LINKS_PER_HOUR;
}
