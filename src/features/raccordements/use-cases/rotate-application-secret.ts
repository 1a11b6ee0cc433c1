import { newClientSecret } from "@/server/api/client-credentials.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";
import { auditRaccordement } from "../data/audit.ts";
import { requireApplication } from "../data/technical-accounts.ts";

/**
 * "Renouveler le secret": a new secret, answered once; the old one stops at once, and so do the tokens issued before
 * (secretRotatedAt, which src/server/api/api-caller.ts compares with each token's date): the old secret may have leaked.
 */
export async function rotateApplicationSecret({ userId, structureId, applicationId, now = new Date() }: { userId: string; structureId: string; applicationId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const application = await requireApplication(tx, structureId, applicationId);
    if (application.revokedAt) throw new AppError("CONFLICT", `L'application « ${application.name} » est révoquée : son secret ne peut plus être renouvelé.`);
    const { clientSecret, secretHash, secretHint } = newClientSecret();
    await tx.apiClient.update({ where: { id: application.id }, data: { secretHash, secretHint, secretRotatedAt: now } });
    await auditRaccordement(tx, userId, "API_CLIENT_SECRET_ROTATED", { type: "ApiClient", id: application.id, structureId, detail: { clientId: application.clientId } });
    return { id: application.id, name: application.name, clientId: application.clientId, clientSecret };
  });
}
