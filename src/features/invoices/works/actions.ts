"use server";
// « Factures de travaux » and « Factures de travaux reçues »: the supplier's document and its follow-up, the maîtrise
// d'œuvre's decision. Each action: session → the area's one schema → the use case (which authorises and decides) →
// the pages refreshed. The invoice's id comes from the page (bound), beside the form's fields: an intersection keeps
// the schema's field errors on the fields' own names.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state.ts";
import { uuid } from "@/lib/uuid.ts";
import { userAction } from "@/server/actions.ts";
import { refusedState } from "@/features/invoices/common/index.ts";
import { WORKS_STATUS_LABELS } from "./rules/works-labels.ts";
import { moeDecisionSchema, worksCommentSchema, worksDocumentUploadSchema, worksMotifSchema, worksPartyQuerySchema } from "./schemas.ts";
import { askWorksDocumentCompletion } from "./use-cases/ask-works-document-completion.ts";
import { findWorksParty, type WorksParty } from "./use-cases/find-works-party.ts";
import { completeWorksDocument } from "./use-cases/complete-works-document.ts";
import { passWorksDocumentToMoa } from "./use-cases/pass-works-document-to-moa.ts";
import { recycleWorksDocument } from "./use-cases/recycle-works-document.ts";
import { refuseWorksDocument } from "./use-cases/refuse-works-document.ts";
import { submitWorksDocument } from "./use-cases/submit-works-document.ts";

const SUPPLIER_PATH = "/factures-travaux";
const RECEIVED_PATH = "/factures-travaux-recues";

const invoiceIdSchema = z.object({ invoiceId: uuid("Document de travaux introuvable.") });
/** The form's fields and the bound invoice id, parsed by the input's own schema and the id's. */
const onInvoice = <Schema extends z.ZodType>(schema: Schema) => z.intersection(invoiceIdSchema, schema);
const fieldsAndId = (invoiceId: string, _state: ActionState, formData: FormData) => ({ ...Object.fromEntries(formData), invoiceId: String(invoiceId) });

function refreshBoth(invoiceId: string) {
  for (const path of [SUPPLIER_PATH, RECEIVED_PATH]) {
    revalidatePath(path);
    revalidatePath(`${path}/${invoiceId}`);
  }
}

const movedTo = (status: keyof typeof WORKS_STATUS_LABELS) => `Le document est maintenant « ${WORKS_STATUS_LABELS[status]} ».`;

export type WorksPartyState = ActionState & { party?: WorksParty };

/** « Rechercher » beside a party of the form: the structure the SIRET names (and its services), or why none. */
export const findWorksPartyAction: (input: { identifier: string }) => Promise<WorksPartyState> = userAction({
  schema: worksPartyQuerySchema,
  run: (input, user) => findWorksParty({ userId: user.id, input }),
  done: (party): WorksPartyState => ({ ok: true, party }),
});

/**
 * « Soumettre » a works document, typed or deposited with its file (PDF or Factur-X, its size checked by the schema
 * before a byte is read): once accepted, its page.
 */
export const submitWorksDocumentAction = userAction({
  schema: worksDocumentUploadSchema,
  refused: refusedState,
  run: async ({ file, ...input }, user) =>
    submitWorksDocument({ userId: user.id, input, file: file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null }),
  done: (submitted): ActionState => {
    revalidatePath(SUPPLIER_PATH);
    redirect(`${SUPPLIER_PATH}/${submitted.invoiceId}`);
  },
});

/** The MOE's « Transmettre à la MOA »: the amounts it admits (corrected or not) and its comment. */
export const passWorksDocumentToMoaAction = userAction({
  schema: onInvoice(moeDecisionSchema),
  input: fieldsAndId,
  refused: refusedState,
  run: ({ invoiceId, ...input }, user) => passWorksDocumentToMoa({ userId: user.id, invoiceId, input }),
  done: (moved): ActionState => {
    refreshBoth(moved.invoiceId);
    return { ok: true, message: `${movedTo(moved.status)} Le maître d'ouvrage et le fournisseur en sont avertis.` };
  },
});

/** The MOE's « Refuser », with its motif: the circuit stops. */
export const refuseWorksDocumentAction = userAction({
  schema: onInvoice(worksMotifSchema),
  input: fieldsAndId,
  refused: refusedState,
  run: ({ invoiceId, ...input }, user) => refuseWorksDocument({ userId: user.id, invoiceId, input }),
  done: (moved): ActionState => {
    refreshBoth(moved.invoiceId);
    return { ok: true, message: `${movedTo(moved.status)} Le fournisseur en est averti avec le motif.` };
  },
});

/** The MOE's « Demander un complément », with its motif: the document goes back to the supplier. */
export const askWorksDocumentCompletionAction = userAction({
  schema: onInvoice(worksMotifSchema),
  input: fieldsAndId,
  refused: refusedState,
  run: ({ invoiceId, ...input }, user) => askWorksDocumentCompletion({ userId: user.id, invoiceId, input }),
  done: (moved): ActionState => {
    refreshBoth(moved.invoiceId);
    return { ok: true, message: `${movedTo(moved.status)} Le fournisseur en est averti avec le motif.` };
  },
});

/** The supplier's « Compléter » (asked by the MOE, or by the MOA's suspension). */
export const completeWorksDocumentAction = userAction({
  schema: onInvoice(worksCommentSchema),
  input: fieldsAndId,
  refused: refusedState,
  run: ({ invoiceId, ...input }, user) => completeWorksDocument({ userId: user.id, invoiceId, input }),
  done: (moved): ActionState => {
    refreshBoth(moved.invoiceId);
    return { ok: true, message: movedTo(moved.status) };
  },
});

/** The supplier's « Recycler » of a document the MOA sent back. */
export const recycleWorksDocumentAction = userAction({
  schema: onInvoice(worksCommentSchema),
  input: fieldsAndId,
  refused: refusedState,
  run: ({ invoiceId, ...input }, user) => recycleWorksDocument({ userId: user.id, invoiceId, input }),
  done: (moved): ActionState => {
    refreshBoth(moved.invoiceId);
    return { ok: true, message: movedTo(moved.status) };
  },
});
