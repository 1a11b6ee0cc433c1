import { db } from "@/server/db.ts";
import type { RefuseClaimInput } from "../schemas.ts";
import { auditDecision, claimAlreadyDecided, claimToDecide, notifyClaimant } from "../data/claim-decision.ts";

export type RefuseClaimOptions = { userId: string; input: RefuseClaimInput };

/** « Refuser » with a motif: the claim is closed REFUSEE (nothing granted), audited, and the requester receives the motif. */
export async function refuseClaim({ userId, input }: RefuseClaimOptions) {
  await db.$transaction(async (tx) => {
    const claim = await claimToDecide(tx, userId, input.claimId);
    const { count } = await tx.structureClaim.updateMany({
      where: { id: claim.id, status: "EN_ATTENTE" },
      data: { status: "REFUSEE", motif: input.motif, decidedById: userId, decidedAt: new Date() },
    });
    if (count === 0) throw claimAlreadyDecided();
    await auditDecision(tx, userId, "DESIGNATION_REFUSEE", claim, input.motif);
    await notifyClaimant(tx, claim, { approved: false, motif: input.motif });
  });
}
