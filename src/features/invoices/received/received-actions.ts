"use server";
// "Factures reçues": the recipient's actions on one invoice (its page) or on the selected ones (the list). Each checks
// the session first, validates with the one schema, lets the lifecycle use case authorise (the recipient's reach, the
// same as the list's) and decide, then refreshes the pages.
import { revalidatePath } from "next/cache";
import { invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { refusedState } from "../common/data/invoice-errors.ts";
import { changeInvoiceStatus, changeInvoicesStatus } from "../lifecycle/use-cases/change-invoice-status.ts";
import { INVOICE_STATUS_LABELS } from "../common/rules/status-labels.ts";
import { recipientActionSchema, recipientSelectionActionSchema } from "./recipient-action-schema.ts";

const RECEIVED_PATH = "/factures-recues";

export type SelectionActionState = ActionState & { refused?: { invoiceId: string; message: string }[] };

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/** An action of the invoice's page (Suspendre, Rejeter, Service fait…). */
export async function changeReceivedInvoiceStatusAction(invoiceId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = recipientActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const moved = await changeInvoiceStatus(user.id, String(invoiceId), parsed.data.action, parsed.data.input);
    revalidatePath(RECEIVED_PATH);
    revalidatePath(`${RECEIVED_PATH}/${moved.invoiceId}`);
    return { ok: true, message: `La facture est maintenant « ${INVOICE_STATUS_LABELS[moved.status]} ».` };
  } catch (error) {
    return refusedState(error);
  }
}

/** « Actions sur la sélection »: the same action on every selected invoice; those that cannot move are listed with why. */
export async function changeReceivedInvoicesStatusAction(_state: SelectionActionState, formData: FormData): Promise<SelectionActionState> {
  const user = await requireUser();
  const parsed = recipientSelectionActionSchema.safeParse({ ...Object.fromEntries(formData), invoiceIds: formData.getAll("invoiceIds") });
  if (!parsed.success) return invalid(parsed.error);
  const { invoiceIds, action, input } = parsed.data;
  try {
    const result = await changeInvoicesStatus(user.id, invoiceIds, action, input);
    revalidatePath(RECEIVED_PATH);
    const done = plural(result.changed.length, "facture traitée", "factures traitées");
    if (result.refused.length === 0) return { ok: true, message: `${done}.` };
    return { ok: false, message: `${done} ; ${plural(result.refused.length, "facture n'a pas pu l'être", "factures n'ont pas pu l'être")}.`, refused: result.refused };
  } catch (error) {
    return refusedState(error);
  }
}
