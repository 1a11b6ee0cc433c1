"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { acceptRattachementSchema, refuseRattachementSchema, removeRattachementsSchema, requestRattachementSchema } from "./rattachement-schemas.ts";
import { acceptRattachement } from "./use-cases/accept-rattachement.ts";
import { refuseRattachement } from "./use-cases/refuse-rattachement.ts";
import { removeOwnRattachements } from "./use-cases/remove-own-rattachements.ts";
import { requestRattachement } from "./use-cases/request-rattachement.ts";

export async function requestRattachementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = requestRattachementSchema.safeParse({ structureIds: formData.getAll("structureIds") });
  if (!parsed.success) return invalid(parsed.error, "Sélectionnez au moins une structure dans le résultat de la recherche.");
  let results;
  try {
    results = await requestRattachement(user.id, parsed.data.structureIds);
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/mon-compte", "layout");
  const pending = results.some((r) => r.status === "EN_ATTENTE");
  return {
    ok: true,
    message: pending
      ? "Votre demande de rattachement est enregistrée : elle attend la décision d'un gestionnaire de la structure, qui en est informé."
      : "Vous êtes rattaché à la structure en tant que gestionnaire principal.",
  };
}

export async function removeOwnRattachementsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = removeRattachementsSchema.safeParse({ rattachementIds: formData.getAll("rattachementIds") });
  if (!parsed.success) return invalid(parsed.error, "Sélectionnez au moins un rattachement à supprimer.");
  try {
    await removeOwnRattachements(user.id, parsed.data.rattachementIds);
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "Les rattachements sélectionnés ont été supprimés." };
}

export async function acceptRattachementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = acceptRattachementSchema.safeParse({
    rattachementId: formData.get("rattachementId"),
    role: formData.get("role") ?? undefined,
    serviceIds: formData.getAll("serviceIds"),
    consultation: formData.getAll("consultation"),
    modification: formData.getAll("modification"),
  });
  if (!parsed.success) return invalid(parsed.error);
  try {
    await acceptRattachement(user.id, parsed.data);
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/activites-gestionnaire", "layout");
  redirect("/activites-gestionnaire/demandes?decision=acceptee");
}

export async function refuseRattachementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = refuseRattachementSchema.safeParse({ rattachementId: formData.get("rattachementId"), motif: formData.get("motif") ?? "" });
  if (!parsed.success) return invalid(parsed.error);
  try {
    await refuseRattachement(user.id, parsed.data);
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/activites-gestionnaire", "layout");
  redirect("/activites-gestionnaire/demandes?decision=refusee");
}
