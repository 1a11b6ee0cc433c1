"use server";
// Entry points of the structures' screens, each built by userAction (session → zod parse → use case → refresh):
// "Activités du gestionnaire > Mes structures" (the structure, its espaces, services, users and bank accounts), the
// gestionnaire's decisions on requests, and the user's own side (requests, invitations, claims, a new structure).
// The use cases authorize themselves with the session's user.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state.ts";
import { userAction } from "@/server/actions.ts";
import { AppError } from "@/server/errors.ts";
import { CLAIM_DOCUMENT_MAX_BYTES, claimStructureSchema } from "./schemas/claim.ts";
import {
  addEspacesSchema,
  attachUserSchema,
  bankAccountActivationSchema,
  bankAccountSchema,
  INVITATION_SENT,
  removeEspacesSchema,
  serviceActivationSchema,
  serviceSchema,
  structureUpdateSchema,
  updateRattachementSchema,
  usersSelectionSchema,
} from "./schemas/management.ts";
import {
  acceptRattachementSchema,
  answerInvitationSchema,
  claimPath,
  refuseRattachementSchema,
  removeRattachementsSchema,
  requestRattachementSchema,
} from "./schemas/rattachement.ts";
import { effectiveIdentifier, structureCreationSchema, structureIdentificationSchema } from "./schemas/structure-creation.ts";
import { acceptInvitation } from "./use-cases/accept-invitation.ts";
import { acceptRattachement } from "./use-cases/accept-rattachement.ts";
import { addBankAccount } from "./use-cases/add-bank-account.ts";
import { addEspaces } from "./use-cases/add-espaces.ts";
import { attachUser } from "./use-cases/attach-user.ts";
import { checkStructureIdentifier } from "./use-cases/check-structure-identifier.ts";
import { claimStructure } from "./use-cases/claim-structure.ts";
import { createService } from "./use-cases/create-service.ts";
import { createStructure } from "./use-cases/create-structure.ts";
import { declineInvitation } from "./use-cases/decline-invitation.ts";
import { refuseRattachement } from "./use-cases/refuse-rattachement.ts";
import { removeEspaces } from "./use-cases/remove-espaces.ts";
import { removeOwnRattachements } from "./use-cases/remove-own-rattachements.ts";
import { removeUsers } from "./use-cases/remove-users.ts";
import { requestRattachement } from "./use-cases/request-rattachement.ts";
import { setBankAccountActive } from "./use-cases/set-bank-account-active.ts";
import { setServiceActive } from "./use-cases/set-service-active.ts";
import { setUsersActive } from "./use-cases/set-users-active.ts";
import { updateBankAccount } from "./use-cases/update-bank-account.ts";
import { updateService } from "./use-cases/update-service.ts";
import { updateStructure } from "./use-cases/update-structure.ts";
import { updateUserRattachement } from "./use-cases/update-user-rattachement.ts";

// ——— Activités du gestionnaire > Mes structures ———
// The pages bind the structure's id (and the service's, account's or user's) before the form's state and data; the use
// case checks that the session's user manages that structure and that the other id is one of its own.

const structurePath = (structureId: string) => `/activites-gestionnaire/structures/${structureId}`;

/** The form's fields; those named in `lists` are multi-valued (checkbox groups). */
function formValues(formData: FormData, lists: string[] = []) {
  const values: Record<string, unknown> = Object.fromEntries(formData);
  for (const name of lists) values[name] = formData.getAll(name);
  return values;
}

/** A form's schema with the ids the page bound: the ids are taken as given, the fields keep their own paths. */
const withIds = <Ids extends Record<string, z.ZodString>, Schema extends z.ZodType>(ids: Ids, schema: Schema) => z.intersection(z.object(ids), schema);
const structureId = { structureId: z.string() };

/** A form of the structure page: refresh it, with the success message. */
function refreshed(structureId: string, message: string): ActionState {
  revalidatePath(structurePath(structureId));
  return { ok: true, message };
}

/** A form of a page of its own: back to the structure page when done. */
function backToStructure(structureId: string): never {
  revalidatePath(structurePath(structureId));
  redirect(structurePath(structureId));
}

export const updateStructureAction = userAction({
  schema: withIds(structureId, structureUpdateSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData), structureId }),
  run: ({ structureId, ...input }, user) => updateStructure({ userId: user.id, structureId, input }),
  done: (_updated, { structureId }) => backToStructure(structureId),
});

export const addEspacesAction = userAction({
  schema: withIds(structureId, addEspacesSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData, ["services", "consultation", "modification"]), structureId }),
  run: ({ structureId, ...input }, user) => addEspaces({ userId: user.id, structureId, input }),
  done: (_added, { structureId }) => backToStructure(structureId),
});

export const removeEspacesAction = userAction({
  schema: withIds(structureId, removeEspacesSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData, ["espaceIds"]), structureId }),
  run: ({ structureId, espaceIds }, user) => removeEspaces({ userId: user.id, structureId, espaceIds }),
  done: (_removed, { structureId }) => refreshed(structureId, "Les espaces sélectionnés ont été supprimés."),
});

export const createServiceAction = userAction({
  schema: withIds(structureId, serviceSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData), structureId }),
  run: ({ structureId, ...input }, user) => createService({ userId: user.id, structureId, input }),
  done: (_created, { structureId }) => backToStructure(structureId),
});

export const updateServiceAction = userAction({
  schema: withIds({ ...structureId, serviceId: z.string() }, serviceSchema),
  input: (structureId: string, serviceId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData), structureId, serviceId }),
  run: ({ structureId, serviceId, ...input }, user) => updateService({ userId: user.id, structureId, serviceId, input }),
  done: (_updated, { structureId }) => backToStructure(structureId),
});

export const setServiceActiveAction = userAction({
  schema: withIds(structureId, serviceActivationSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData), structureId }),
  run: ({ structureId, serviceId, actif }, user) => setServiceActive({ userId: user.id, structureId, serviceId, active: actif }),
  done: (_set, { structureId }) => refreshed(structureId, "Le statut du service a été modifié."),
});

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
  done: (_updated, { structureId }) => backToStructure(structureId),
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

export const addBankAccountAction = userAction({
  schema: withIds(structureId, bankAccountSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData), structureId }),
  run: ({ structureId, ...input }, user) => addBankAccount({ userId: user.id, structureId, input }),
  done: (_added, { structureId }) => backToStructure(structureId),
});

export const updateBankAccountAction = userAction({
  schema: withIds({ ...structureId, bankAccountId: z.string() }, bankAccountSchema),
  input: (structureId: string, bankAccountId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData), structureId, bankAccountId }),
  run: ({ structureId, bankAccountId, ...input }, user) => updateBankAccount({ userId: user.id, structureId, bankAccountId, input }),
  done: (_updated, { structureId }) => backToStructure(structureId),
});

export const setBankAccountActiveAction = userAction({
  schema: withIds(structureId, bankAccountActivationSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData), structureId }),
  run: ({ structureId, bankAccountId, actif }, user) => setBankAccountActive({ userId: user.id, structureId, bankAccountId, active: actif }),
  done: (_set, { structureId, actif }) =>
    refreshed(structureId, actif ? "Le compte bancaire a été réactivé." : "Le compte bancaire a été désactivé : il ne peut plus être choisi sur une facture."),
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

// ——— Création d'une nouvelle structure ———

/** "Continuer": the identifier is valid for its type and not registered yet. */
export const checkStructureIdentificationAction = userAction({
  schema: structureIdentificationSchema,
  input: (input: unknown) => input,
  run: (input) => checkStructureIdentifier({ identifierType: input.identifierType, identifier: effectiveIdentifier(input) }),
  done: (): ActionState => ({ ok: true }),
});

/** "Enregistrer": a private structure goes on to its billing mandate, a public one to its page. */
export const createStructureAction = userAction({
  schema: structureCreationSchema,
  input: (input: unknown) => input,
  run: (input, user) => createStructure({ userId: user.id, input }),
  done: (structure) => {
    revalidatePath("/", "layout");
    redirect(structure.kind === "PRIVEE" ? `/activites-gestionnaire/structures/${structure.id}/mandats?creation=1` : `/activites-gestionnaire/structures/${structure.id}`);
  },
});
