"use server";
// "Dépôt par lot": the page's form posts its FormData (files, cadre, structure, service). The session first, then
// the use case (which validates the fields and the upload and authorises); on success the flux's page opens, where
// its progress and compte rendu show as the background jobs process it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { createDepositFlux } from "./use-cases/create-deposit-flux.ts";
import { refusedState } from "@/features/invoices/common/index.ts";

/** An empty file field still posts a part: empty, and named "" (or "undefined" once decoded by the server action). */
const nothingChosen = (file: File) => file.size === 0 && (!file.name || file.name === "undefined");
const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : undefined);

/** « Déposer le lot »: the flux is created and its jobs queued; its page opens at /factures-emises/depot/flux/<id>. */
export async function depositBatchAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  let fluxId: string;
  try {
    const uploads = formData.getAll("files").filter((value): value is File => value instanceof File && !nothingChosen(value));
    const created = await createDepositFlux({ userId: user.id, input: {
      supplierStructureId: text(formData.get("supplierStructureId")) ?? "",
      supplierServiceId: text(formData.get("supplierServiceId")),
      cadre: (text(formData.get("cadre")) ?? "") as "A1",
      files: await Promise.all(uploads.map(async (file) => ({ name: file.name ?? "", bytes: new Uint8Array(await file.arrayBuffer()) }))),
    } });
    fluxId = created.fluxId;
  } catch (error) {
    return refusedState(error);
  }
  revalidatePath("/factures-emises/depot/flux");
  redirect(`/factures-emises/depot/flux/${fluxId}`);
}
