import { gestionnaireIds } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import type { ApproveClaimInput } from "../schemas.ts";
import { auditDecision, claimAlreadyDecided, claimToDecide, notifyClaimant } from "../data/claim-decision.ts";

export type ApproveClaimOptions = { userId: string; input: ApproveClaimInput };

/**
 * « Approuver »: the requester becomes the structure's gestionnaire principal (ACTIF), the claim ACCEPTEE, with its
 * audit row and the requester's notice, in one transaction on the locked structure. Refused when the structure got a
 * gestionnaire in the meantime (its gestionnaire decides from now on), is inactive, or the requester's account is not active.
 */
export async function approveClaim({ userId, input }: ApproveClaimOptions) {
  await db.$transaction(async (tx) => {
    const claim = await claimToDecide(tx, userId, input.claimId);
    if ((await gestionnaireIds(tx, claim.structureId)).length > 0) {
      throw new AppError(
        "CONFLICT",
        `La structure ${claim.structureName} a désormais un gestionnaire actif : la demande ne peut plus être approuvée. Refusez-la en indiquant au demandeur de s'adresser à ce gestionnaire.`,
      );
    }
    if (claim.structureStatus !== "ACTIF") throw new AppError("CONFLICT", `La structure ${claim.structureName} est inactive : la demande ne peut pas être approuvée.`);
    if (claim.user.status !== "ACTIF") throw new AppError("CONFLICT", "Le compte du demandeur n'est pas actif : la demande ne peut pas être approuvée.");

    const now = new Date();
    const granted = { role: "GESTIONNAIRE_PRINCIPAL" as const, status: "ACTIF" as const, decidedById: userId, decidedAt: now, motifRefus: null, invitedById: null };
    const rattachement = await tx.rattachement.upsert({
      where: { userId_structureId: { userId: claim.userId, structureId: claim.structureId } },
      create: { userId: claim.userId, structureId: claim.structureId, ...granted },
      update: granted,
      select: { id: true },
    });
    // A gestionnaire uses every espace and service of the structure: no restriction left from an earlier rattachement.
    await tx.rattachementEspace.deleteMany({ where: { rattachementId: rattachement.id } });
    await tx.rattachementService.deleteMany({ where: { rattachementId: rattachement.id } });
    const { count } = await tx.structureClaim.updateMany({
      where: { id: claim.id, status: "EN_ATTENTE" },
      data: { status: "ACCEPTEE", decidedById: userId, decidedAt: now },
    });
    if (count === 0) throw claimAlreadyDecided();
    await auditDecision(tx, userId, "DESIGNATION_APPROUVEE", claim);
    await notifyClaimant(tx, claim, { approved: true });
  });
}
