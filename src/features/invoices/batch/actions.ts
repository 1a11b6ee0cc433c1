"use server";
// "Dépôt par lot": the page's form posts its FormData (files, cadre, structure, service). Built by userAction: the
// session first, then the use case (which validates the fields and the upload and authorises); on success the
// flux's page opens, where its progress and compte rendu show as the background jobs process it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state.ts";
import { userAction } from "@/server/actions.ts";
import { refusedState } from "@/features/invoices/common/index.ts";
import { createDepositFlux } from "./use-cases/create-deposit-flux.ts";

/** An empty file field still posts a part: empty, and named "" (or "undefined" once decoded by the server action). */
const nothingChosen = (file: File) => file.size === 0 && (!file.name || file.name === "undefined");
const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : undefined);

/** The form as posted; createDepositFlux checks its fields with depositBatchSchema, with the upload. */
const postedBatch = z.object({
  supplierStructureId: z.string(),
  supplierServiceId: z.string().optional(),
  cadre: z.string(),
  files: z.array(z.instanceof(File)),
});

/** « Déposer le lot »: the flux is created and its jobs queued; its page opens at /factures-emises/depot/flux/<id>. */
export const depositBatchAction: (previous: ActionState, formData: FormData) => Promise<ActionState> = userAction({
  schema: postedBatch,
  input: (_previous: ActionState, formData: FormData) => ({
    supplierStructureId: text(formData.get("supplierStructureId")) ?? "",
    supplierServiceId: text(formData.get("supplierServiceId")),
    cadre: text(formData.get("cadre")) ?? "",
    files: formData.getAll("files").filter((value): value is File => value instanceof File && !nothingChosen(value)),
  }),
  refused: refusedState,
  run: async ({ files, cadre, ...fields }, user) =>
    createDepositFlux({
      userId: user.id,
      input: {
        ...fields,
        cadre: cadre as "A1",
        files: await Promise.all(files.map(async (file) => ({ name: file.name ?? "", bytes: new Uint8Array(await file.arrayBuffer()) }))),
      },
    }),
  done: (created) => {
    revalidatePath("/factures-emises/depot/flux");
    redirect(`/factures-emises/depot/flux/${created.fluxId}`);
  },
});
