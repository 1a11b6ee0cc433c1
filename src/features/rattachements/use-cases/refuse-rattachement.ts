import { db } from "@/server/db.ts";
import type { RefuseRattachementInput } from "../schemas/rattachement.ts";
import { notifyRequester, recordDecision, requestToDecide } from "../data/rattachement-decision.ts";

/** "Refuser": the request is closed with the motif, which the requester receives. */
export async function refuseRattachement({ userId, input }: { userId: string; input: RefuseRattachementInput }) {
  await db.$transaction(async (tx) => {
    const request = await requestToDecide(tx, userId, input.rattachementId);
    await recordDecision(tx, userId, request.id, { status: "REFUSE", motifRefus: input.motif });
    await notifyRequester(tx, request, { accepted: false, motif: input.motif });
  });
}
