"use server";
// Entry points of the Administration space: session → zod → use case (which checks the platform role itself) → refresh.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state.ts";
import { userAction } from "@/server/actions.ts";
import { approveClaimSchema, refuseClaimSchema } from "./schemas.ts";
import { approveClaim } from "./use-cases/approve-claim.ts";
import { refuseClaim } from "./use-cases/refuse-claim.ts";

/** Back to the claim, with the decision taken. */
function backToClaim(claimId: string, decision: "approuvee" | "refusee"): never {
  revalidatePath("/administration", "layout");
  redirect(`/administration/demandes/${claimId}?decision=${decision}`);
}

export const approveClaimAction = userAction({
  schema: approveClaimSchema,
  input: (_previous: ActionState, formData: FormData) => ({ claimId: formData.get("claimId") }),
  run: (input, user) => approveClaim({ userId: user.id, input }),
  done: (_approved, input) => backToClaim(input.claimId, "approuvee"),
});

export const refuseClaimAction = userAction({
  schema: refuseClaimSchema,
  // A form without the field is refused as an empty motif, with its message.
  input: (_previous: ActionState, formData: FormData) => ({ claimId: formData.get("claimId"), motif: formData.get("motif") ?? "" }),
  run: (input, user) => refuseClaim({ userId: user.id, input }),
  done: (_refused, input) => backToClaim(input.claimId, "refusee"),
});
