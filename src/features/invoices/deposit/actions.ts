"use server";
// "Dépôt d'une nouvelle facture": the page's form posts its FormData (file, format, cadre, structure, service).
// Built by userAction: the session first, then the one schema (the file's own checks included), then the use case;
// on success the pre-filled invoice opens.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state.ts";
import { failed, userAction } from "@/server/actions.ts";
import { DepositFindingsError, InvoiceRulesError } from "@/features/invoices/common/index.ts";
import { depositUploadSchema } from "./schemas.ts";
import { depositInvoiceFile } from "./use-cases/deposit-invoice-file.ts";

const INVALID = "Le dépôt comporte des erreurs : corrigez les champs signalés.";

/** The refusal as the form's state: several rule findings become a list under the file field. */
function refused(error: unknown): ActionState {
  if (error instanceof DepositFindingsError) {
    const [title, ...findings] = error.fieldErrors.file.split("\n");
    return { ok: false, message: `${title.replace(/ :$/, "")} : le détail figure sous « Choix du fichier ».`, fieldErrors: { file: findings } };
  }
  if (error instanceof InvoiceRulesError) {
    return { ok: false, message: error.message, fieldErrors: Object.fromEntries(Object.entries(error.fieldErrors).map(([field, message]) => [field, [message]])) };
  }
  return failed(error);
}

/** « Déposer »: the invoice file is analysed; a pre-filled draft opens at /factures-emises/<id>/modifier?deposee=1. */
export const depositInvoiceFileAction: (previous: ActionState, formData: FormData) => Promise<ActionState> = userAction({
  schema: depositUploadSchema,
  input: (_previous: ActionState, formData: FormData) => ({
    supplierStructureId: formData.get("supplierStructureId") ?? undefined,
    supplierServiceId: formData.get("supplierServiceId") ?? undefined,
    cadre: formData.get("cadre") ?? undefined,
    format: formData.get("format") ?? undefined,
    file: formData.get("file"),
  }),
  invalidMessage: INVALID,
  refused,
  run: async ({ file, ...fields }, user) =>
    depositInvoiceFile({
      userId: user.id,
      input: { ...fields, supplierServiceId: fields.supplierServiceId || null, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } },
    }),
  done: (draft) => {
    revalidatePath("/factures-emises");
    redirect(`/factures-emises/${draft.invoiceId}/modifier?deposee=1`);
  },
});
