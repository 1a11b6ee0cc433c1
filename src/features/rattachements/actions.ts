"use server";
// Entry points of the rattachement screens, each built by userAction (session → zod parse → use case → refresh): the
// users of a structure (Activités du gestionnaire > Mes structures), the gestionnaire's decisions on requests, and the
// user's own side (requests, invitations, claims of a structure without gestionnaire). The use cases authorize
// themselves with the session's user.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { structurePath } from "@/features/structures/index.ts";
import type { ActionState } from "@/lib/action-state.ts";
import { formValues, withIds } from "@/lib/form-fields.ts";
import { userAction } from "@/server/actions.ts";
import { AppError } from "@/server/errors.ts";
import { CLAIM_DOCUMENT_MAX_BYTES, claimStructureSchema } from "./schemas/claim.ts";
import {
  acceptRattachementSchema,
  answerInvitationSchema,
  claimPath,
  refuseRattachementSchema,
  removeRattachementsSchema,
  requestRattachementSchema,
} from "./schemas/rattachement.ts";
import { attachUserSchema, INVITATION_SENT, updateRattachementSchema, usersSelectionSchema } from "./schemas/users.ts";
import { acceptInvitation } from "./use-cases/accept-invitation.ts";
import { acceptRattachement } from "./use-cases/accept-rattachement.ts";
import { attachUser } from "./use-cases/attach-user.ts";
import { claimStructure } from "./use-cases/claim-structure.ts";
import { declineInvitation } from "./use-cases/decline-invitation.ts";
import { refuseRattachement } from "./use-cases/refuse-rattachement.ts";
import { removeOwnRattachements } from "./use-cases/remove-own-rattachements.ts";
import { removeUsers } from "./use-cases/remove-users.ts";
import { requestRattachement } from "./use-cases/request-rattachement.ts";
import { setUsersActive } from "./use-cases/set-users-active.ts";
import { updateUserRattachement } from "./use-cases/update-user-rattachement.ts";

// ——— Activités du gestionnaire > Mes structures > Utilisateurs ———
// The pages bind the structure's id (and the user's) before the form's state and data; the use case checks that the
// session's user manages that structure and that the user is one of its own.

const structureId = { structureId: z.string() };

/** A form of the structure page: refresh it, with the success message. */
function refreshed(structureId: string, message: string): ActionState {
  revalidatePath(structurePath(structureId));
  return { ok: true, message };
}

export const attachUserAction = userAction({
  schema: withIds(structureId, attachUserSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData, ["serviceIds", "espaces", "modification"]), structureId }),
  run: ({ structureId, ...input }, user) => attachUser({ userId: user.id, structureId, input }),
  // An invitation: the page stays, with the same answer whether the address has an account or not.
  done: (_invited, { structureId }) => refreshed(structureId, INVITATION_SENT),
});

export const updateUserRattachementAction = userAction({
  schema: withIds({ ...structureId, rattachementId: z.string() }, updateRattachementSchema),
  input: (structureId: string, rattachementId: string, _: ActionState, formData: FormData) => ({
    ...formValues(formData, ["serviceIds", "espaces", "modification"]),
    structureId,
    rattachementId,
  }),
  run: ({ structureId, rattachementId, ...input }, user) => updateUserRattachement({ userId: user.id, structureId, rattachementId, input }),
  // Back to the structure page when done.
  done: (_updated, { structureId }) => {
    revalidatePath(structurePath(structureId));
    redirect(structurePath(structureId));
  },
});

const USERS_DONE = {
  desactiver: "Les utilisateurs sélectionnés ont été désactivés.",
  reactiver: "Les utilisateurs sélectionnés ont été réactivés.",
  supprimer: "Les utilisateurs sélectionnés ont été supprimés de la structure.",
} as const;

export const usersSelectionAction = userAction({
  schema: withIds(structureId, usersSelectionSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData, ["rattachementIds"]), structureId }),
  run: ({ structureId, operation, rattachementIds }, user) =>
    operation === "supprimer"
      ? removeUsers({ userId: user.id, structureId, rattachementIds })
      : setUsersActive({ userId: user.id, structureId, rattachementIds, active: operation === "reactiver" }),
  done: (_changed, { structureId, operation }) => refreshed(structureId, USERS_DONE[operation]),
});

// ——— Activités du gestionnaire > Demandes de rattachement ———

export const acceptRattachementAction = userAction({
  schema: acceptRattachementSchema,
  input: (_previous: ActionState, formData: FormData) => ({
    rattachementId: formData.get("rattachementId"),
    role: formData.get("role") ?? undefined,
    serviceIds: formData.getAll("serviceIds"),
    consultation: formData.getAll("consultation"),
    modification: formData.getAll("modification"),
  }),
  run: (input, user) => acceptRattachement({ userId: user.id, input }),
  done: () => {
    revalidatePath("/activites-gestionnaire", "layout");
    redirect("/activites-gestionnaire/demandes?decision=acceptee");
  },
});

export const refuseRattachementAction = userAction({
  schema: refuseRattachementSchema,
  input: (_previous: ActionState, formData: FormData) => ({ rattachementId: formData.get("rattachementId"), motif: formData.get("motif") ?? "" }),
  run: (input, user) => refuseRattachement({ userId: user.id, input }),
  done: () => {
    revalidatePath("/activites-gestionnaire", "layout");
    redirect("/activites-gestionnaire/demandes?decision=refusee");
  },
});

// ——— Mon compte > Mes rattachements aux structures ———

/** The request's state: and the structures without gestionnaire, for which the form links to the claim to the administration. */
export type RattachementRequestState = ActionState & { claims?: { structureId: string; name: string }[] };

export const requestRattachementAction = userAction({
  schema: requestRattachementSchema,
  input: (_previous: RattachementRequestState, formData: FormData) => ({ structureIds: formData.getAll("structureIds") }),
  invalidMessage: "Sélectionnez au moins une structure dans le résultat de la recherche.",
  run: ({ structureIds }, user) => requestRattachement({ userId: user.id, structureIds }),
  done: (results): RattachementRequestState => {
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
  },
});

export const removeOwnRattachementsAction = userAction({
  schema: removeRattachementsSchema,
  input: (_previous: ActionState, formData: FormData) => ({ rattachementIds: formData.getAll("rattachementIds") }),
  invalidMessage: "Sélectionnez au moins un rattachement à supprimer.",
  run: ({ rattachementIds }, user) => removeOwnRattachements({ userId: user.id, rattachementIds }),
  done: (): ActionState => {
    revalidatePath("/", "layout");
    return { ok: true, message: "Les rattachements sélectionnés ont été supprimés." };
  },
});

export const answerInvitationAction = userAction({
  schema: answerInvitationSchema,
  input: (_previous: ActionState, formData: FormData) => ({ rattachementId: formData.get("rattachementId"), answer: formData.get("answer") }),
  invalidMessage: "Invitation introuvable.",
  run: ({ rattachementId, answer }, user) =>
    answer === "accepter" ? acceptInvitation({ userId: user.id, rattachementId }) : declineInvitation({ userId: user.id, rattachementId }),
  done: (_answered, { answer }): ActionState => {
    revalidatePath("/", "layout");
    return {
      ok: true,
      message: answer === "accepter" ? "Invitation acceptée : vous êtes rattaché à la structure." : "Invitation déclinée : vous n'êtes pas rattaché à la structure.",
    };
  },
});

// "Demande de désignation comme gestionnaire principal": the use case checks the structure and the document itself.

/** The claim's fields, and its document as the browser sent it (a File, or null when none was chosen). */
const claimStructureActionSchema = claimStructureSchema.extend({ document: z.custom<File | null>() });

const CLAIM_DOCUMENT_TOO_LARGE = "Le justificatif dépasse 5 Mo : joignez un fichier de 5 Mo au plus.";

export const claimStructureAction = userAction({
  schema: claimStructureActionSchema,
  input: (_previous: ActionState, formData: FormData) => {
    const file = formData.get("document");
    return { structureId: formData.get("structureId"), justification: formData.get("justification") ?? "", document: file instanceof File ? file : null };
  },
  run: async ({ document: file, ...input }, user) => {
    // The size is known before the file is read: an oversized file is refused without reading it.
    if (file && file.size > CLAIM_DOCUMENT_MAX_BYTES) throw new AppError("VALIDATION", CLAIM_DOCUMENT_TOO_LARGE, "document");
    const document = file && file.size > 0 ? { name: file.name.slice(0, 255), content: new Uint8Array(await file.arrayBuffer()) } : null;
    return claimStructure({ userId: user.id, input, document });
  },
  done: (_claim, { structureId }) => {
    revalidatePath("/mon-compte", "layout");
    // The claim page then tells the claim is sent, and that it waits for the administration's decision.
    redirect(`${claimPath(structureId)}?transmise=1`);
  },
});
