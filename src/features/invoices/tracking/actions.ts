"use server";
// Factures émises, the supplier's answers to the recipient: « Compléter » a suspended invoice, « Recycler » one sent
// to the wrong recipient. Each checks the session first, validates with the one schema, lets the use case authorise
// and decide, and answers the form's state; once done, back to the invoice page, which tells what happened (the
// form itself is gone: the invoice is no longer in the état it answers).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { refusedState } from "../invoice-errors.ts";
import { ATTACHMENT_TYPES } from "../invoice-schema.ts";
import { ANSWER_NOTICE_PARAM, type AnswerNotice } from "./answer-notice.ts";
import { completionSchema, recyclingSchema } from "./completion-schema.ts";
import { completeInvoice } from "./use-cases/complete-invoice.ts";
import { recycleInvoice } from "./use-cases/recycle-invoice.ts";

/** The type of the files joined to a completion. */
const COMPLETION_ATTACHMENT_TYPE: (typeof ATTACHMENT_TYPES)[number] = "Pièce jointe complémentaire";

function backToInvoice(invoiceId: string, done: AnswerNotice): never {
  revalidatePath("/factures-emises", "layout");
  redirect(`/factures-emises/${encodeURIComponent(invoiceId)}?${ANSWER_NOTICE_PARAM}=${done}`);
}

/** « Compléter »: FormData `comment` and `fichiers` (zero or more files, each a « Pièce jointe complémentaire »). */
export async function completeInvoiceAction(invoiceId: string, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = completionSchema.safeParse({ comment: formData.get("comment") ?? "" });
  if (!parsed.success) return invalid(parsed.error);
  try {
    const files = formData.getAll("fichiers").filter((entry): entry is File => entry instanceof File && entry.size > 0);
    const attachments = await Promise.all(
      files.map(async (file) => ({
        type: COMPLETION_ATTACHMENT_TYPE,
        designation: file.name.replace(/\.[^.]*$/, "").slice(0, 100) || "Complément",
        file: { name: file.name, content: new Uint8Array(await file.arrayBuffer()) },
      })),
    );
    await completeInvoice(user.id, String(invoiceId), { comment: parsed.data.comment, attachments });
  } catch (error) {
    return refusedState(error);
  }
  backToInvoice(String(invoiceId), "completee");
}

/** « Recycler »: { recipientIsState, recipientStructureId, recipientServiceId, engagementNumber }. */
export async function recycleInvoiceAction(invoiceId: string, input: unknown): Promise<ActionState> {
  const user = await requireUser();
  const parsed = recyclingSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    await recycleInvoice(user.id, String(invoiceId), parsed.data);
  } catch (error) {
    return refusedState(error);
  }
  backToInvoice(String(invoiceId), "recyclee");
}
