import { db } from "@/server/db.ts";
import { espaceRightsOf, requireOpenEspaces } from "@/features/rattachements/index.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";
import { auditRaccordement } from "../data/audit.ts";
import { requireTechnicalAccount } from "../data/technical-accounts.ts";
import type { TechnicalAccountRightsInput } from "../schemas.ts";

/** "Modifier les droits" of a technical account: its espaces, as a user's; its applications' next calls obey them at once. */
export async function updateTechnicalAccountRights({ userId, structureId, technicalAccountId, input }: { userId: string; structureId: string; technicalAccountId: string; input: TechnicalAccountRightsInput }) {
  await db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const account = await requireTechnicalAccount(tx, structureId, technicalAccountId);
    const espaces = espaceRightsOf(input);
    await requireOpenEspaces(tx, structureId, espaces.map((e) => e.espace));
    await tx.rattachement.update({ where: { id: account.id }, data: { espaces: { deleteMany: {}, create: espaces } } });
    await auditRaccordement(tx, userId, "TECHNICAL_ACCOUNT_RIGHTS_CHANGED", { type: "TechnicalAccount", id: technicalAccountId, structureId, detail: { espaces } });
  });
}
