"use server";
// Sollicitations: the forms call these with their FormData (files under "fichiers"). Each is built by userAction:
// session → zod parse → use case (which authorizes) → revalidate / redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/server/actions.ts";
import type { ActionState } from "@/lib/action-state.ts";
import { SOLLICITATION_PATHS, sollicitationPath, type SollicitationViewpoint } from "./rules/paths.ts";
import { answerSollicitationSchema, createSollicitationActionSchema, replySollicitationSchema, sollicitationIdSchema, takeInChargeSchema } from "./schemas.ts";
import { answerSollicitation } from "./use-cases/answer-sollicitation.ts";
import { closeSollicitation } from "./use-cases/close-sollicitation.ts";
import { createSollicitation } from "./use-cases/create-sollicitation.ts";
import { listAddresseeServices } from "./use-cases/list-addressee-services.ts";
import { replySollicitation } from "./use-cases/reply-sollicitation.ts";
import { takeSollicitationInCharge } from "./use-cases/take-sollicitation-in-charge.ts";

const filesIn = (formData: FormData) => formData.getAll("fichiers").filter((entry): entry is File => entry instanceof File && entry.size > 0);
const read = (files: File[]) => Promise.all(files.map(async (file) => ({ name: file.name, content: new Uint8Array(await file.arrayBuffer()) })));
const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

function backTo(viewpoint: SollicitationViewpoint, sollicitationId: string, notice: string): never {
  revalidatePath(SOLLICITATION_PATHS[viewpoint], "layout");
  redirect(`${sollicitationPath(viewpoint, sollicitationId)}?${notice}=1`);
}

/** "Saisir sollicitation": Envoyer. */
export const createSollicitationAction = userAction({
  schema: createSollicitationActionSchema,
  input: (_state: ActionState, formData: FormData) => ({
    ...Object.fromEntries(["authorStructureId", "category", "subCategory", "subject", "message", "addresseeStructureId", "addresseeServiceId", "invoiceId"].map((name) => [name, text(formData, name)])),
    files: filesIn(formData),
  }),
  run: async ({ files, ...input }, user) => createSollicitation({ userId: user.id, input, files: await read(files) }),
  done: (created): never => backTo("EMISES", created.id, "envoyee"),
});

/** The author's reply in the thread (Sollicitations émises). */
export const replySollicitationAction = userAction({
  schema: replySollicitationSchema,
  input: (sollicitationId: string, _state: ActionState, formData: FormData) => ({ sollicitationId: String(sollicitationId), message: text(formData, "message"), files: filesIn(formData) }),
  run: async ({ sollicitationId, message, files }, user) => ({ sollicitationId, ...(await replySollicitation({ userId: user.id, sollicitationId, input: { message }, files: await read(files) })) }),
  done: ({ sollicitationId }): never => backTo("EMISES", sollicitationId, "repondue"),
});

/** The addressee's answer (Sollicitations reçues, or the support's desk). */
export const answerSollicitationAction = userAction({
  schema: answerSollicitationSchema,
  input: (sollicitationId: string, viewpoint: string, _state: ActionState, formData: FormData) => ({
    sollicitationId: String(sollicitationId),
    viewpoint: String(viewpoint),
    message: text(formData, "message"),
    outcome: text(formData, "outcome"),
    files: filesIn(formData),
  }),
  run: async ({ sollicitationId, viewpoint, message, outcome, files }, user) => {
    await answerSollicitation({ userId: user.id, sollicitationId, viewpoint, input: { message, outcome }, files: await read(files) });
    return { sollicitationId, viewpoint };
  },
  done: ({ sollicitationId, viewpoint }): never => backTo(viewpoint, sollicitationId, "repondue"),
});

/** "Prendre en charge" (Sollicitations reçues, or the support's desk). */
export const takeSollicitationInChargeAction = userAction({
  schema: takeInChargeSchema,
  input: (sollicitationId: string, viewpoint: string) => ({ sollicitationId: String(sollicitationId), viewpoint: String(viewpoint) }),
  run: async ({ sollicitationId, viewpoint }, user) => {
    await takeSollicitationInCharge({ userId: user.id, sollicitationId, viewpoint });
    return { sollicitationId, viewpoint };
  },
  done: ({ sollicitationId, viewpoint }): never => backTo(viewpoint, sollicitationId, "priseEnCharge"),
});

/** "Clôturer" (Sollicitations émises). */
export const closeSollicitationAction = userAction({
  schema: sollicitationIdSchema,
  input: (sollicitationId: string) => ({ sollicitationId: String(sollicitationId) }),
  run: async ({ sollicitationId }, user) => ({ sollicitationId, ...(await closeSollicitation({ userId: user.id, sollicitationId })) }),
  done: ({ sollicitationId }): never => backTo("EMISES", sollicitationId, "cloturee"),
});

/** The services of the public structure chosen as addressee, for the form's "Service" list. */
export const listAddresseeServicesAction: (structureId: string) => Promise<ActionState & { services?: { id: string; code: string; libelle: string }[] }> = userAction({
  schema: z.object({ structureId: z.uuid() }),
  input: (structureId: string) => ({ structureId: String(structureId) }),
  run: ({ structureId }) => listAddresseeServices({ structureId }),
  done: (services) => ({ ok: true, services }),
});
