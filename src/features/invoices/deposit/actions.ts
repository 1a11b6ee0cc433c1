"use server";
// "Dépôt d'une nouvelle facture": the page's form posts its FormData (file, format, cadre, structure, service).
// The session first, then the one schema, then the use case; on success the pre-filled invoice opens.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { depositFileError, depositSchema } from "./schemas.ts";
import { InvoiceRulesError } from "@/features/invoices/common/index.ts";
import { DepositFindingsError, depositInvoiceFile } from "./use-cases/deposit-invoice-file.ts";

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
export async function depositInvoiceFileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const file = formData.get("file");
  const upload = file instanceof File ? file : null;
  const parsed = depositSchema.safeParse({
    supplierStructureId: formData.get("supplierStructureId") ?? undefined,
    supplierServiceId: formData.get("supplierServiceId") ?? undefined,
    cadre: formData.get("cadre") ?? undefined,
    format: formData.get("format") ?? undefined,
  });
  const fieldErrors: Record<string, string[]> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  const fileError = depositFileError(upload);
  if (fileError) fieldErrors.file = [fileError];
  if (!parsed.success || !upload || fileError) return { ok: false, message: INVALID, fieldErrors };

  let invoiceId: string;
  try {
    const draft = await depositInvoiceFile({ userId: user.id, input: {
      ...parsed.data,
      supplierServiceId: parsed.data.supplierServiceId || null,
      file: { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) },
    } });
    invoiceId = draft.invoiceId;
  } catch (error) {
    return refused(error);
  }
  revalidatePath("/factures-emises");
  redirect(`/factures-emises/${invoiceId}/modifier?deposee=1`);
}
