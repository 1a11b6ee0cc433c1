"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { acceptRattachementSchema, answerInvitationSchema, claimPath, refuseRattachementSchema, removeRattachementsSchema, requestRattachementSchema } from "./schemas/rattachement.ts";
import { acceptInvitation, declineInvitation } from "./use-cases/accept-invitation.ts";
import { acceptRattachement } from "./use-cases/accept-rattachement.ts";
import { refuseRattachement } from "./use-cases/refuse-rattachement.ts";
import { removeOwnRattachements } from "./use-cases/remove-own-rattachements.ts";
import { requestRattachement } from "./use-cases/request-rattachement.ts";

/** The request's state: and the structures without gestionnaire, for which the form links to the claim to the administration. */
export type RattachementRequestState = ActionState & { claims?: { structureId: string; name: string }[] };

export async function requestRattachementAction(_previous: RattachementRequestState, formData: FormData): Promise<RattachementRequestState> {
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
  const claims = results.flatMap((r) => (r.status === "JUSTIFICATION_REQUISE" ? [{ structureId: r.structureId, name: r.name }] : []));
  const pending = results.length - claims.length;
  // One structure without gestionnaire: straight to the form that addresses the request to the administration.
  if (pending === 0 && claims.length === 1) redirect(claimPath(claims[0].structureId));
  return {
    ok: true,
    message: [
      pending > 0 ? "Votre demande de rattachement est enregistrée : elle attend la décision d'un gestionnaire de la structure, qui en est informé." : "",
      claims.length > 0
        ? "Les structures suivantes n'ont aucun gestionnaire : votre demande doit être adressée à l'administration de la plateforme, avec une justification."
        : "",
    ]
      .filter(Boolean)
      .join(" "),
    claims,
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

export async function answerInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = answerInvitationSchema.safeParse({ rattachementId: formData.get("rattachementId"), answer: formData.get("answer") });
  if (!parsed.success) return invalid(parsed.error, "Invitation introuvable.");
  const options = { userId: user.id, rattachementId: parsed.data.rattachementId };
  try {
    if (parsed.data.answer === "accepter") await acceptInvitation(options);
    else await declineInvitation(options);
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/", "layout");
  return {
    ok: true,
    message: parsed.data.answer === "accepter" ? "Invitation acceptée : vous êtes rattaché à la structure." : "Invitation déclinée : vous n'êtes pas rattaché à la structure.",
  };
}
