import { db } from "@/server/db.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";
import { auditRaccordement } from "../data/audit.ts";
import { requireTechnicalAccount } from "../data/technical-accounts.ts";

/**
 * "Désactiver" / "Réactiver" a technical account: the account and its rattachement both, so that its applications'
 * tokens stop at their next call (src/server/api/api-caller.ts reads the account's status) and no use case admits it.
 */
export async function setTechnicalAccountActive({ userId, structureId, technicalAccountId, active }: { userId: string; structureId: string; technicalAccountId: string; active: boolean }) {
  await db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const account = await requireTechnicalAccount(tx, structureId, technicalAccountId);
    if ((account.status === "ACTIF") === active && (account.user.status === "ACTIF") === active) return;
    await tx.user.update({ where: { id: technicalAccountId }, data: { status: active ? "ACTIF" : "INACTIF" } });
    await tx.rattachement.update({ where: { id: account.id }, data: active ? { status: "ACTIF", reactivatedAt: new Date() } : { status: "DESACTIVE" } });
    await auditRaccordement(tx, userId, active ? "TECHNICAL_ACCOUNT_REACTIVATED" : "TECHNICAL_ACCOUNT_DEACTIVATED", { type: "TechnicalAccount", id: technicalAccountId, structureId });
  });
}
