"use server";
// "Saisir facture": the form calls these with its values (react-hook-form) or a FormData (attachments). Each checks
// the session first, validates with the one schema, lets the use case authorise and decide, and answers with field
// errors keyed by the schema's paths ("invoiceNumber", "lines.0.quantity").
import { revalidatePath } from "next/cache";
import { searchPublicDirectory, type DirectoryPage } from "@/features/directory/index.ts";
import { invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { refusedState } from "@/features/invoices/common/index.ts";
import { invoiceFormSchema } from "@/features/invoices/common/index.ts";
import { addInvoiceAttachment } from "./use-cases/add-invoice-attachment.ts";
import { deleteInvoiceAttachment } from "./use-cases/delete-invoice-attachment.ts";
import { deleteInvoiceDraft } from "./use-cases/delete-invoice-draft.ts";
import { duplicateInvoice } from "./use-cases/duplicate-invoice.ts";
import { getRecipient } from "./use-cases/get-recipient.ts";
import { saveInvoiceDraft } from "./use-cases/save-invoice-draft.ts";
import { sendInvoice } from "./use-cases/send-invoice.ts";

const INVOICES_PATH = "/factures-emises";

export type DraftActionState = ActionState & { invoiceId?: string; temporaryNumber?: string };
export type SendActionState = ActionState & { invoiceId?: string; number?: string };
export type RecipientSearchState = ActionState & { page?: DirectoryPage };
export type RecipientState = ActionState & { recipient?: Awaited<ReturnType<typeof getRecipient>> };

/** "Enregistrer": the invoice as a draft (BROUILLON); answers its id and temporary number. */
export async function saveInvoiceDraftAction(input: unknown): Promise<DraftActionState> {
  const user = await requireUser();
  const parsed = invoiceFormSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const saved = await saveInvoiceDraft({ userId: user.id, input: parsed.data });
    revalidatePath(INVOICES_PATH);
    return { ok: true, message: `La facture a été enregistrée sous le numéro temporaire ${saved.temporaryNumber}.`, ...saved };
  } catch (error) {
    return refusedState(error);
  }
}

/** "Valider et envoyer": the invoice is deposited (DEPOSEE) with its Factur-X document; answers its id and number. */
export async function sendInvoiceAction(input: unknown): Promise<SendActionState> {
  const user = await requireUser();
  const parsed = invoiceFormSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const sent = await sendInvoice({ userId: user.id, input: parsed.data });
    revalidatePath(INVOICES_PATH);
    return { ok: true, message: `La facture n° ${sent.number} a été déposée.`, ...sent };
  } catch (error) {
    return refusedState(error);
  }
}

export async function deleteInvoiceDraftAction(invoiceId: string): Promise<ActionState> {
  const user = await requireUser();
  try {
    await deleteInvoiceDraft({ userId: user.id, invoiceId: String(invoiceId) });
  } catch (error) {
    return refusedState(error);
  }
  revalidatePath(INVOICES_PATH);
  return { ok: true, message: "La facture a été supprimée." };
}

/** "Dupliquer": a new draft of the same content; answers the new draft's id and temporary number. */
export async function duplicateInvoiceAction(invoiceId: string): Promise<DraftActionState> {
  const user = await requireUser();
  try {
    const copy = await duplicateInvoice({ userId: user.id, invoiceId: String(invoiceId) });
    revalidatePath(INVOICES_PATH);
    return { ok: true, message: `La facture a été dupliquée sous le numéro temporaire ${copy.temporaryNumber}.`, ...copy };
  } catch (error) {
    return refusedState(error);
  }
}

/** "Recherche de destinataire": the directory's active public structures matching { identifiant, texte, page, parPage }. */
export async function searchRecipientsAction(input: unknown): Promise<RecipientSearchState> {
  await requireUser();
  try {
    const criteria = typeof input === "object" && input !== null && !(input instanceof FormData) ? input : {};
    return { ok: true, page: await searchPublicDirectory(criteria) };
  } catch (error) {
    return refusedState(error);
  }
}

/** The chosen recipient (by id, or the State by its SIRET): address, services, and what it requires. */
export async function getRecipientAction(structureId: string): Promise<RecipientState> {
  await requireUser();
  try {
    return { ok: true, recipient: await getRecipient({ idOrSiret: String(structureId) }) };
  } catch (error) {
    return refusedState(error);
  }
}

/** "+ Gestion des pièces jointes": FormData fields `type`, `designation`, `file`, on a saved draft. */
export async function addInvoiceAttachmentAction(invoiceId: string, formData: FormData): Promise<ActionState & { attachmentId?: string }> {
  const user = await requireUser();
  try {
    const file = formData.get("file");
    const attachment = await addInvoiceAttachment({ userId: user.id, invoiceId: String(invoiceId), attachment: {
      type: String(formData.get("type") ?? ""),
      designation: String(formData.get("designation") ?? ""),
      file: file instanceof File ? { name: file.name, content: new Uint8Array(await file.arrayBuffer()) } : null,
    } });
    revalidatePath(`${INVOICES_PATH}/${invoiceId}/modifier`);
    return { ok: true, message: `La pièce jointe « ${attachment.fileName} » a été ajoutée.`, attachmentId: attachment.id };
  } catch (error) {
    return refusedState(error);
  }
}

export async function deleteInvoiceAttachmentAction(invoiceId: string, attachmentId: string): Promise<ActionState> {
  const user = await requireUser();
  try {
    await deleteInvoiceAttachment({ userId: user.id, invoiceId: String(invoiceId), attachmentId: String(attachmentId) });
  } catch (error) {
    return refusedState(error);
  }
  revalidatePath(`${INVOICES_PATH}/${invoiceId}/modifier`);
  return { ok: true, message: "La pièce jointe a été supprimée." };
}
