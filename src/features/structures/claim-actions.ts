"use server";
// "Demande de désignation comme gestionnaire principal": session → zod → use case (which checks the structure and
// the document itself) → the form's state.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { CLAIM_DOCUMENT_MAX_BYTES, claimStructureSchema } from "./schemas/claim.ts";
import { claimPath } from "./schemas/rattachement.ts";
import { claimStructure } from "./use-cases/claim-structure.ts";

export async function claimStructureAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = claimStructureSchema.safeParse({ structureId: formData.get("structureId"), justification: formData.get("justification") ?? "" });
  if (!parsed.success) return invalid(parsed.error);
  const file = formData.get("document");
  // The size is known before the file is read: an oversized file is refused without reading it.
  if (file instanceof File && file.size > CLAIM_DOCUMENT_MAX_BYTES) {
    return { ok: false, message: "Le justificatif dépasse 5 Mo : joignez un fichier de 5 Mo au plus.", fieldErrors: { document: ["Le justificatif dépasse 5 Mo : joignez un fichier de 5 Mo au plus."] } };
  }
  const document = file instanceof File && file.size > 0 ? { name: file.name.slice(0, 255), content: new Uint8Array(await file.arrayBuffer()) } : null;
  try {
    await claimStructure({ userId: user.id, input: parsed.data, document });
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/mon-compte", "layout");
  // The claim page then tells the claim is sent, and that it waits for the administration's decision.
  redirect(`${claimPath(parsed.data.structureId)}?transmise=1`);
}
