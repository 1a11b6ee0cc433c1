"use server";
// Entry points of the Administration space: session → zod → use case (which checks the platform role itself) → refresh.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { approveClaimSchema, refuseClaimSchema } from "./schemas.ts";
import { approveClaim } from "./use-cases/approve-claim.ts";
import { refuseClaim } from "./use-cases/refuse-claim.ts";

export async function approveClaimAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = approveClaimSchema.safeParse({ claimId: formData.get("claimId") });
  if (!parsed.success) return invalid(parsed.error);
  try {
    await approveClaim({ userId: user.id, input: parsed.data });
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/administration", "layout");
  redirect(`/administration/demandes/${parsed.data.claimId}?decision=approuvee`);
}

export async function refuseClaimAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = refuseClaimSchema.safeParse({ claimId: formData.get("claimId"), motif: formData.get("motif") ?? "" });
  if (!parsed.success) return invalid(parsed.error);
  try {
    await refuseClaim({ userId: user.id, input: parsed.data });
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/administration", "layout");
  redirect(`/administration/demandes/${parsed.data.claimId}?decision=refusee`);
}
