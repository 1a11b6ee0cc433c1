"use server";
// "Saisir facture": the form calls these with its values (react-hook-form) or a FormData (attachments). Each is built
// by userAction: the session first, the one schema, the use case that authorises and decides, and the refusals as
// field errors keyed by the schema's paths ("invoiceNumber", "lines.0.quantity").
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { searchPublicDirectory, type DirectoryPage, type DirectorySearchInput } from "@/features/directory/index.ts";
import { type ActionState } from "@/lib/action-state.ts";
import { userAction } from "@/server/actions.ts";
import { invoiceFormSchema, refusedState } from "@/features/invoices/common/index.ts";
import { addInvoiceAttachment } from "./use-cases/add-invoice-attachment.ts";
import { deleteInvoiceAttachment } from "./use-cases/delete-invoice-attachment.ts";
import { deleteInvoiceDraft } from "./use-cases/delete-invoice-draft.ts";
import { duplicateInvoice } from "./use-cases/duplicate-invoice.ts";
import { getRecipient } from "./use-cases/get-recipient.ts";
import { listLinkableInvoices } from "./use-cases/list-linkable-invoices.ts";
import { saveInvoiceDraft } from "./use-cases/save-invoice-draft.ts";
import { sendInvoice } from "./use-cases/send-invoice.ts";
import { recycledOnSendingNotice } from "@/features/invoices/lifecycle/index.ts";

const INVOICES_PATH = "/factures-emises";

export type DraftActionState = ActionState & { invoiceId?: string; temporaryNumber?: string };
export type SendActionState = ActionState & { invoiceId?: string; number?: string; recycledMotif?: string | null };
export type RecipientSearchState = ActionState & { page?: DirectoryPage };
export type RecipientState = ActionState & { recipient?: Awaited<ReturnType<typeof getRecipient>> };

/** An invoice named by the page (its id as the form has it; the use case answers "not found" for anything else). */
const invoiceRef = z.object({ invoiceId: z.string() });

/** "Enregistrer": the invoice as a draft (BROUILLON); answers its id and temporary number. */
export const saveInvoiceDraftAction: (input: unknown) => Promise<DraftActionState> = userAction({
  schema: invoiceFormSchema,
  refused: refusedState,
  run: (input, user) => saveInvoiceDraft({ userId: user.id, input }),
  done: (saved): DraftActionState => {
    revalidatePath(INVOICES_PATH);
    return { ok: true, message: `La facture a été enregistrée sous le numéro temporaire ${saved.temporaryNumber}.`, ...saved };
  },
});

/** "Valider et envoyer": the invoice is deposited (DEPOSEE) with its Factur-X document; answers its id and number. */
export const sendInvoiceAction: (input: unknown) => Promise<SendActionState> = userAction({
  schema: invoiceFormSchema,
  refused: refusedState,
  run: (input, user) => sendInvoice({ userId: user.id, input }),
  done: (sent): SendActionState => {
    revalidatePath(INVOICES_PATH);
    const message = `La facture n° ${sent.number} a été déposée.`;
    return { ok: true, ...sent, message: sent.recycledMotif ? `${message} ${recycledOnSendingNotice(sent.recycledMotif)}` : message };
  },
});

export const deleteInvoiceDraftAction: (invoiceId: string) => Promise<ActionState> = userAction({
  schema: invoiceRef,
  input: (invoiceId: string) => ({ invoiceId: String(invoiceId) }),
  refused: refusedState,
  run: ({ invoiceId }, user) => deleteInvoiceDraft({ userId: user.id, invoiceId }),
  done: (): ActionState => {
    revalidatePath(INVOICES_PATH);
    return { ok: true, message: "La facture a été supprimée." };
  },
});

/** "Dupliquer": a new draft of the same content; answers the new draft's id and temporary number. */
export const duplicateInvoiceAction: (invoiceId: string) => Promise<DraftActionState> = userAction({
  schema: invoiceRef,
  input: (invoiceId: string) => ({ invoiceId: String(invoiceId) }),
  refused: refusedState,
  run: ({ invoiceId }, user) => duplicateInvoice({ userId: user.id, invoiceId }),
  done: (copy): DraftActionState => {
    revalidatePath(INVOICES_PATH);
    return { ok: true, message: `La facture a été dupliquée sous le numéro temporaire ${copy.temporaryNumber}.`, ...copy };
  },
});

/** "Recherche de destinataire": the directory's active public structures matching { identifiant, texte, page, parPage }. */
export const searchRecipientsAction: (input: unknown) => Promise<RecipientSearchState> = userAction({
  // The directory's search parses its criteria itself (its refusals are its own).
  schema: z.custom<DirectorySearchInput>(),
  input: (input: unknown) => (typeof input === "object" && input !== null && !(input instanceof FormData) ? input : {}),
  refused: refusedState,
  run: (criteria) => searchPublicDirectory(criteria),
  done: (page): RecipientSearchState => ({ ok: true, page }),
});

/** The chosen recipient (by id, or the State by its SIRET): address, services, and what it requires. */
export const getRecipientAction: (structureId: string) => Promise<RecipientState> = userAction({
  schema: z.object({ idOrSiret: z.string() }),
  input: (structureId: string) => ({ idOrSiret: String(structureId) }),
  refused: refusedState,
  run: ({ idOrSiret }) => getRecipient({ idOrSiret }),
  done: (recipient): RecipientState => ({ ok: true, recipient }),
});

export type LinkableInvoicesState = ActionState & { linkable?: Awaited<ReturnType<typeof listLinkableInvoices>> };

/** The supplier's sent invoices to the recipient an avoir may correct, and the down payments a final invoice may deduct. */
export const listLinkableInvoicesAction: (input: { supplierStructureId: string; recipient: string; invoiceId?: string }) => Promise<LinkableInvoicesState> = userAction({
  schema: z.object({ supplierStructureId: z.uuid("Structure inconnue."), recipient: z.string().trim().min(1).max(64), invoiceId: z.uuid().optional() }),
  refused: refusedState,
  run: (input, user) => listLinkableInvoices({ userId: user.id, ...input }),
  done: (linkable): LinkableInvoicesState => ({ ok: true, linkable }),
});

/** "+ Gestion des pièces jointes": FormData fields `type`, `designation`, `file`, on a saved draft. */
export const addInvoiceAttachmentAction: (invoiceId: string, formData: FormData) => Promise<ActionState & { attachmentId?: string }> = userAction({
  schema: z.object({ invoiceId: z.string(), type: z.string(), designation: z.string(), file: z.unknown() }),
  input: (invoiceId: string, formData: FormData) => ({
    invoiceId: String(invoiceId),
    type: String(formData.get("type") ?? ""),
    designation: String(formData.get("designation") ?? ""),
    file: formData.get("file"),
  }),
  refused: refusedState,
  run: async ({ invoiceId, type, designation, file }, user) => {
    const content = file instanceof File ? { name: file.name, content: new Uint8Array(await file.arrayBuffer()) } : null;
    return { invoiceId, attachment: await addInvoiceAttachment({ userId: user.id, invoiceId, attachment: { type, designation, file: content } }) };
  },
  done: ({ invoiceId, attachment }): ActionState & { attachmentId?: string } => {
    revalidatePath(`${INVOICES_PATH}/${invoiceId}/modifier`);
    return { ok: true, message: `La pièce jointe « ${attachment.fileName} » a été ajoutée.`, attachmentId: attachment.id };
  },
});

export const deleteInvoiceAttachmentAction: (invoiceId: string, attachmentId: string) => Promise<ActionState> = userAction({
  schema: z.object({ invoiceId: z.string(), attachmentId: z.string() }),
  input: (invoiceId: string, attachmentId: string) => ({ invoiceId: String(invoiceId), attachmentId: String(attachmentId) }),
  refused: refusedState,
  run: ({ invoiceId, attachmentId }, user) => deleteInvoiceAttachment({ userId: user.id, invoiceId, attachmentId }),
  done: (_deleted, { invoiceId }): ActionState => {
    revalidatePath(`${INVOICES_PATH}/${invoiceId}/modifier`);
    return { ok: true, message: "La pièce jointe a été supprimée." };
  },
});
