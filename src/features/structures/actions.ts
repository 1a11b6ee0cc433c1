"use server";
// Entry points of "Activités du gestionnaire > Mes structures": parse the form with its schema, call the use case
// with the session's user (it authorizes itself), then refresh the structure page or go back to it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { failed, invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import {
  addEspacesSchema,
  attachUserSchema,
  bankAccountActivationSchema,
  bankAccountSchema,
  removeEspacesSchema,
  serviceActivationSchema,
  serviceSchema,
  structureUpdateSchema,
  updateRattachementSchema,
  usersSelectionSchema,
} from "./schemas/management.ts";
import { addBankAccount } from "./use-cases/add-bank-account.ts";
import { addEspaces } from "./use-cases/add-espaces.ts";
import { attachUser, INVITATION_SENT } from "./use-cases/attach-user.ts";
import { createService } from "./use-cases/create-service.ts";
import { removeEspaces } from "./use-cases/remove-espaces.ts";
import { removeUsers } from "./use-cases/remove-users.ts";
import { setBankAccountActive } from "./use-cases/set-bank-account-active.ts";
import { setServiceActive } from "./use-cases/set-service-active.ts";
import { setUsersActive } from "./use-cases/set-users-active.ts";
import { updateBankAccount } from "./use-cases/update-bank-account.ts";
import { updateService } from "./use-cases/update-service.ts";
import { updateStructure } from "./use-cases/update-structure.ts";
import { updateUserRattachement } from "./use-cases/update-user-rattachement.ts";

const structurePath = (structureId: string) => `/activites-gestionnaire/structures/${structureId}`;

/** The form's fields; those named in `lists` are multi-valued (checkbox groups). */
function formValues(formData: FormData, lists: string[] = []) {
  const values: Record<string, unknown> = Object.fromEntries(formData);
  for (const name of lists) values[name] = formData.getAll(name);
  return values;
}

/** Parse → use case → refresh the structure page; returns the form's state (errors, or the success message). */
async function perform<T>(
  structureId: string,
  schema: z.ZodType<T, unknown>,
  values: Record<string, unknown>,
  useCase: (userId: string, input: T) => Promise<unknown>,
  successMessage: string | ((input: T) => string),
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = schema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  try {
    await useCase(user.id, parsed.data);
  } catch (error) {
    return failed(error);
  }
  revalidatePath(structurePath(structureId));
  return { ok: true, message: typeof successMessage === "string" ? successMessage : successMessage(parsed.data) };
}

/** Same, for the forms of a page of their own: back to the structure page when done. */
async function performAndReturn<T>(
  structureId: string,
  schema: z.ZodType<T, unknown>,
  values: Record<string, unknown>,
  useCase: (userId: string, input: T) => Promise<unknown>,
): Promise<ActionState> {
  const state = await perform(structureId, schema, values, useCase, "");
  if (!state.ok) return state;
  redirect(structurePath(structureId));
}

export async function updateStructureAction(structureId: string, _: ActionState, formData: FormData) {
  return performAndReturn(structureId, structureUpdateSchema, formValues(formData), (userId, input) => updateStructure(userId, structureId, input));
}

export async function addEspacesAction(structureId: string, _: ActionState, formData: FormData) {
  const values = formValues(formData, ["services", "consultation", "modification"]);
  return performAndReturn(structureId, addEspacesSchema, values, (userId, input) => addEspaces(userId, structureId, input));
}

export async function removeEspacesAction(structureId: string, _: ActionState, formData: FormData) {
  const values = formValues(formData, ["espaceIds"]);
  return perform(structureId, removeEspacesSchema, values, (userId, input) => removeEspaces(userId, structureId, input.espaceIds), "Les espaces sélectionnés ont été supprimés.");
}

export async function createServiceAction(structureId: string, _: ActionState, formData: FormData) {
  return performAndReturn(structureId, serviceSchema, formValues(formData), (userId, input) => createService(userId, structureId, input));
}

export async function updateServiceAction(structureId: string, serviceId: string, _: ActionState, formData: FormData) {
  return performAndReturn(structureId, serviceSchema, formValues(formData), (userId, input) => updateService(userId, structureId, serviceId, input));
}

export async function setServiceActiveAction(structureId: string, _: ActionState, formData: FormData) {
  return perform(
    structureId,
    serviceActivationSchema,
    formValues(formData),
    (userId, input) => setServiceActive(userId, structureId, input.serviceId, input.actif),
    "Le statut du service a été modifié.",
  );
}

export async function attachUserAction(structureId: string, _: ActionState, formData: FormData) {
  const values = formValues(formData, ["serviceIds", "espaces", "modification"]);
  // An invitation: the page stays, with the same answer whether the address has an account or not.
  return perform(structureId, attachUserSchema, values, (userId, input) => attachUser(userId, structureId, input), INVITATION_SENT);
}

export async function updateUserRattachementAction(structureId: string, rattachementId: string, _: ActionState, formData: FormData) {
  const values = formValues(formData, ["serviceIds", "espaces", "modification"]);
  return performAndReturn(structureId, updateRattachementSchema, values, (userId, input) => updateUserRattachement(userId, structureId, rattachementId, input));
}

const USERS_DONE = {
  desactiver: "Les utilisateurs sélectionnés ont été désactivés.",
  reactiver: "Les utilisateurs sélectionnés ont été réactivés.",
  supprimer: "Les utilisateurs sélectionnés ont été supprimés de la structure.",
} as const;

export async function usersSelectionAction(structureId: string, _: ActionState, formData: FormData) {
  return perform(
    structureId,
    usersSelectionSchema,
    formValues(formData, ["rattachementIds"]),
    (userId, input) =>
      input.operation === "supprimer"
        ? removeUsers(userId, structureId, input.rattachementIds)
        : setUsersActive(userId, structureId, input.rattachementIds, input.operation === "reactiver"),
    (input) => USERS_DONE[input.operation],
  );
}

export async function addBankAccountAction(structureId: string, _: ActionState, formData: FormData) {
  return performAndReturn(structureId, bankAccountSchema, formValues(formData), (userId, input) => addBankAccount(userId, structureId, input));
}

export async function updateBankAccountAction(structureId: string, bankAccountId: string, _: ActionState, formData: FormData) {
  return performAndReturn(structureId, bankAccountSchema, formValues(formData), (userId, input) => updateBankAccount(userId, structureId, bankAccountId, input));
}

export async function setBankAccountActiveAction(structureId: string, _: ActionState, formData: FormData) {
  return perform(
    structureId,
    bankAccountActivationSchema,
    formValues(formData),
    (userId, input) => setBankAccountActive(userId, structureId, input.bankAccountId, input.actif),
    (input) => (input.actif ? "Le compte bancaire a été réactivé." : "Le compte bancaire a été désactivé : il ne peut plus être choisi sur une facture."),
  );
}
