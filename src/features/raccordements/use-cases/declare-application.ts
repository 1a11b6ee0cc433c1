import { newCredentials } from "@/server/api/client-credentials.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";
import { auditRaccordement } from "../data/audit.ts";
import { requireTechnicalAccount } from "../data/technical-accounts.ts";
import type { ApplicationInput } from "../schemas.ts";

/**
 * "+ Déclarer une application": its client id and secret, acting as one of the structure's technical accounts with
 * the scopes chosen. The secret is answered once, here: only its SHA-256 and its last four characters are stored.
 */
export async function declareApplication({ userId, structureId, input }: { userId: string; structureId: string; input: ApplicationInput }) {
  return db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const account = await requireTechnicalAccount(tx, structureId, input.technicalAccountId);
    if (account.status !== "ACTIF" || account.user.status !== "ACTIF") {
      throw new AppError("CONFLICT", `Le compte technique « ${account.user.nom} » est désactivé : réactivez-le avant de lui déclarer une application.`, "technicalAccountId");
    }
    const { clientSecret, ...credentials } = newCredentials();
    const application = await tx.apiClient.create({
      data: { structureId, technicalAccountId: account.user.id, name: input.nom, scopes: [...new Set(input.scopes)], createdById: userId, ...credentials },
      select: { id: true, name: true, clientId: true },
    });
    await auditRaccordement(tx, userId, "API_CLIENT_DECLARED", {
      type: "ApiClient",
      id: application.id,
      structureId,
      detail: { name: application.name, clientId: application.clientId, technicalAccountId: account.user.id, scopes: input.scopes },
    });
    return { ...application, clientSecret };
  });
}
