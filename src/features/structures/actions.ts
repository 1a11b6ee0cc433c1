"use server";
// Entry points of the structures' screens, each built by userAction (session → zod parse → use case → refresh):
// "Activités du gestionnaire > Mes structures" (the structure, its espaces, services and bank accounts) and the
// creation of a new structure. The use cases authorize themselves with the session's user.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state.ts";
import { formValues, withIds } from "@/lib/form-fields.ts";
import { userAction } from "@/server/actions.ts";
import { structurePath } from "./rules/paths.ts";
import {
  addEspacesSchema,
  bankAccountActivationSchema,
  bankAccountSchema,
  removeEspacesSchema,
  serviceActivationSchema,
  serviceSchema,
  structureUpdateSchema,
} from "./schemas/management.ts";
import { effectiveIdentifier, structureCreationSchema, structureIdentificationSchema } from "./schemas/structure-creation.ts";
import { addBankAccount } from "./use-cases/add-bank-account.ts";
import { addEspaces } from "./use-cases/add-espaces.ts";
import { checkStructureIdentifier } from "./use-cases/check-structure-identifier.ts";
import { createService } from "./use-cases/create-service.ts";
import { createStructure } from "./use-cases/create-structure.ts";
import { removeEspaces } from "./use-cases/remove-espaces.ts";
import { setBankAccountActive } from "./use-cases/set-bank-account-active.ts";
import { setServiceActive } from "./use-cases/set-service-active.ts";
import { updateBankAccount } from "./use-cases/update-bank-account.ts";
import { updateService } from "./use-cases/update-service.ts";
import { updateStructure } from "./use-cases/update-structure.ts";

// ——— Activités du gestionnaire > Mes structures ———
// The pages bind the structure's id (and the service's or account's) before the form's state and data; the use
// case checks that the session's user manages that structure and that the other id is one of its own.

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
