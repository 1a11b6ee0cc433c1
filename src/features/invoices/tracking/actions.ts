"use server";
// Factures émises, the supplier's answers to the recipient: « Compléter » a suspended invoice, « Recycler » one sent
// to the wrong recipient, « Traiter le rejet » of a rejected one. Once done, back to the invoice page, which tells what happened (the form itself is gone:
// the invoice is no longer in the état it answers).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction } from "@/server/actions.ts";
import { ATTACHMENT_TYPES, refusedState } from "@/features/invoices/common/index.ts";
import { ANSWER_NOTICE_PARAM, type AnswerNotice } from "./rules/answer-notice.ts";
import { acknowledgeRejectionActionSchema, completeInvoiceActionSchema, recycleInvoiceActionSchema } from "./schemas.ts";
import { acknowledgeRejection } from "./use-cases/acknowledge-rejection.ts";
import { completeInvoice } from "./use-cases/complete-invoice.ts";
import { recycleInvoice } from "./use-cases/recycle-invoice.ts";

/** The type of the files joined to a completion. */
const COMPLETION_ATTACHMENT_TYPE: (typeof ATTACHMENT_TYPES)[number] = "Pièce jointe complémentaire";

function backToInvoice(invoiceId: string, done: AnswerNotice): never {
  revalidatePath("/factures-emises", "layout");
  redirect(`/factures-emises/${encodeURIComponent(invoiceId)}?${ANSWER_NOTICE_PARAM}=${done}`);
}

/** « Compléter »: FormData `comment` and `fichiers` (zero or more files, each a « Pièce jointe complémentaire »). */
export const completeInvoiceAction = userAction({
  schema: completeInvoiceActionSchema,
  input: (invoiceId: string, formData: FormData) => ({
    invoiceId: String(invoiceId),
    comment: formData.get("comment") ?? "",
    files: formData.getAll("fichiers").filter((entry): entry is File => entry instanceof File && entry.size > 0),
  }),
  refused: refusedState,
  run: async ({ invoiceId, comment, files }, user) => {
    const attachments = await Promise.all(
      files.map(async (file) => ({
        type: COMPLETION_ATTACHMENT_TYPE,
        designation: file.name.replace(/\.[^.]*$/, "").slice(0, 100) || "Complément",
        file: { name: file.name, content: new Uint8Array(await file.arrayBuffer()) },
      })),
    );
    return completeInvoice({ userId: user.id, invoiceId, input: { comment, attachments } });
  },
  done: (_completed, { invoiceId }) => backToInvoice(invoiceId, "completee"),
});

/** « Recycler »: { recipientIsState, recipientStructureId, recipientServiceId, engagementNumber }. */
export const recycleInvoiceAction = userAction({
  schema: recycleInvoiceActionSchema,
  // Anything but an object stays as it came, for the schema to refuse.
  input: (invoiceId: string, input: unknown) => (typeof input === "object" && input !== null ? { ...input, invoiceId: String(invoiceId) } : input),
  refused: refusedState,
  run: ({ invoiceId, ...input }, user) => recycleInvoice({ userId: user.id, invoiceId, input }),
  done: (_recycled, { invoiceId }) => backToInvoice(invoiceId, "recyclee"),
});

/** « Traiter le rejet »: the supplier acknowledges the rejection; the invoice leaves the to-do lists. */
export const acknowledgeRejectionAction = userAction({
  schema: acknowledgeRejectionActionSchema,
  input: (invoiceId: string) => ({ invoiceId: String(invoiceId) }),
  refused: refusedState,
  run: ({ invoiceId }, user) => acknowledgeRejection({ userId: user.id, invoiceId }),
  done: (_handled, { invoiceId }) => backToInvoice(invoiceId, "rejet-traite"),
});
