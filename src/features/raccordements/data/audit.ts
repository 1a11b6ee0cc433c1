import type { Prisma } from "@/generated/prisma/client.ts";
import type { Tx } from "@/server/db.ts";

export type RaccordementAuditTarget = "TechnicalAccount" | "ApiClient" | "WebhookSubscription";

/**
 * Who changed which access of which structure, and how: an application's credentials and a webhook's address are what
 * an attacker would change first, like a bank account (structures' bank-account-audit.ts).
 */
export async function auditRaccordement(tx: Tx, actorId: string, action: string, target: { type: RaccordementAuditTarget; id: string; structureId: string; detail?: Prisma.InputJsonObject }) {
  await tx.auditLog.create({ data: { actorId, action, targetType: target.type, targetId: target.id, detail: { structureId: target.structureId, ...target.detail } } });
}
