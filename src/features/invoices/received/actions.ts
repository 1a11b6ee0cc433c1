"use server";
// "Factures reçues": the recipient's actions on one invoice (its page) or on the selected ones (the list). The
// lifecycle use case authorises (the recipient's reach, the same as the list's) and decides; then the pages refresh.
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state.ts";
import { userAction } from "@/server/actions.ts";
import { INVOICE_STATUS_LABELS, refusedState } from "@/features/invoices/common/index.ts";
import { changeInvoicesStatus, changeInvoiceStatus } from "@/features/invoices/lifecycle/index.ts";
import { deleteReceivedSearchSchema, recipientActionSchema, recipientSelectionActionSchema, saveReceivedSearchSchema } from "./schemas.ts";
import { deleteReceivedSearch } from "./use-cases/delete-received-search.ts";
import { saveReceivedSearch } from "./use-cases/save-received-search.ts";

const RECEIVED_PATH = "/factures-recues";

export type SelectionActionState = ActionState & { refused?: { invoiceId: string; message: string }[] };

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/** An action of the invoice's page (Suspendre, Rejeter, Service fait…). */
export const changeReceivedInvoiceStatusAction = userAction({
  schema: recipientActionSchema,
  input: (invoiceId: string, _state: ActionState, formData: FormData) => ({ ...Object.fromEntries(formData), invoiceId: String(invoiceId) }),
  refused: refusedState,
  run: ({ invoiceId, action, input }, user) => changeInvoiceStatus({ userId: user.id, invoiceId, action, ...input }),
  done: (moved): ActionState => {
    revalidatePath(RECEIVED_PATH);
    revalidatePath(`${RECEIVED_PATH}/${moved.invoiceId}`);
    return { ok: true, message: `La facture est maintenant « ${INVOICE_STATUS_LABELS[moved.status]} ».` };
  },
});

/** « Actions sur la sélection »: the same action on every selected invoice; those that cannot move are listed with why. */
export const changeReceivedInvoicesStatusAction: (state: SelectionActionState, formData: FormData) => Promise<SelectionActionState> = userAction({
  schema: recipientSelectionActionSchema,
  input: (_state: SelectionActionState, formData: FormData) => ({ ...Object.fromEntries(formData), invoiceIds: formData.getAll("invoiceIds") }),
  refused: refusedState,
  run: ({ invoiceIds, action, input }, user) => changeInvoicesStatus({ userId: user.id, invoiceIds, action, ...input }),
  done: (result): SelectionActionState => {
    revalidatePath(RECEIVED_PATH);
    const done = plural(result.changed.length, "facture traitée", "factures traitées");
    if (result.refused.length === 0) return { ok: true, message: `${done}.` };
    return { ok: false, message: `${done} ; ${plural(result.refused.length, "facture n'a pas pu l'être", "factures n'ont pas pu l'être")}.`, refused: result.refused };
  },
});

/** « Enregistrer cette recherche »: the current criteria under a name, for the user only. */
export const saveReceivedSearchAction = userAction({
  schema: saveReceivedSearchSchema,
  run: ({ nom, criteres }, user) => saveReceivedSearch({ userId: user.id, name: nom, criteria: criteres }),
  done: (saved): ActionState => {
    revalidatePath(RECEIVED_PATH);
    return { ok: true, message: saved.replaced ? `La recherche « ${saved.name} » est mise à jour.` : `La recherche « ${saved.name} » est enregistrée.` };
  },
});

/** « Supprimer » a saved search of the user's. */
export const deleteReceivedSearchAction = userAction({
  schema: deleteReceivedSearchSchema,
  run: ({ rechercheId }, user) => deleteReceivedSearch({ userId: user.id, searchId: rechercheId }),
  done: (): ActionState => {
    revalidatePath(RECEIVED_PATH);
    return { ok: true, message: "La recherche est supprimée." };
  },
});
