"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { effectiveIdentifier, structureCreationSchema, structureIdentificationSchema } from "./schemas/structure-creation.ts";
import { checkStructureIdentifier } from "./use-cases/check-structure-identifier.ts";
import { createStructure } from "./use-cases/create-structure.ts";

/** "Continuer": the identifier is valid for its type and not registered yet. */
export async function checkStructureIdentificationAction(input: unknown): Promise<ActionState> {
  await requireUser();
  const parsed = structureIdentificationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    await checkStructureIdentifier(parsed.data.identifierType, effectiveIdentifier(parsed.data));
  } catch (error) {
    return failed(error);
  }
  return { ok: true };
}

/** "Enregistrer": a private structure goes on to its billing mandate, a public one to its page. */
export async function createStructureAction(input: unknown): Promise<ActionState> {
  const user = await requireUser();
  const parsed = structureCreationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  let structure;
  try {
    structure = await createStructure(user.id, parsed.data);
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/", "layout");
  redirect(structure.kind === "PRIVEE" ? `/activites-gestionnaire/structures/${structure.id}/mandats?creation=1` : `/activites-gestionnaire/structures/${structure.id}`);
}
