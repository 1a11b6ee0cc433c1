import { db } from "@/server/db.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";
import { auditRaccordement } from "../data/audit.ts";
import { requireApplication } from "../data/technical-accounts.ts";

/** "Révoquer" an application: for good; its secret gets no token any more and its tokens stop at their next call. */
export async function revokeApplication({ userId, structureId, applicationId }: { userId: string; structureId: string; applicationId: string }) {
  await db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const application = await requireApplication(tx, structureId, applicationId);
    if (application.revokedAt) return;
    await tx.apiClient.update({ where: { id: application.id }, data: { revokedAt: new Date() } });
    await auditRaccordement(tx, userId, "API_CLIENT_REVOKED", { type: "ApiClient", id: application.id, structureId, detail: { clientId: application.clientId } });
  });
}
