"use server";
// The espace Engagements' forms and the invoice form's suggestions: session → schema → use case → revalidate.
import { revalidatePath } from "next/cache";
import { userAction } from "@/server/actions.ts";
import { closeEngagementSchema, createEngagementSchema, engagementRequirementSchema, importEngagementsSchema, quotableEngagementsSchema } from "./schemas.ts";
import { closeEngagement } from "./use-cases/close-engagement.ts";
import { createEngagement } from "./use-cases/create-engagement.ts";
import { importEngagements } from "./use-cases/import-engagements.ts";
import { listQuotableEngagements } from "./use-cases/list-quotable-engagements.ts";
import { setEngagementRequirement } from "./use-cases/set-engagement-requirement.ts";

const ENGAGEMENTS_PATH = "/engagements";

export const createEngagementAction = userAction({
  schema: createEngagementSchema,
  run: ({ structureId, ...input }, user) => createEngagement({ userId: user.id, structureId, input }),
  done: (created) => {
    revalidatePath(ENGAGEMENTS_PATH);
    return { ok: true as const, message: `L'engagement ${created.number} a été créé.` };
  },
});

export const importEngagementsAction = userAction({
  schema: importEngagementsSchema,
  run: async ({ structureId, file }, user) => importEngagements({ userId: user.id, structureId, csv: await file.text() }),
  done: ({ imported }) => {
    revalidatePath(ENGAGEMENTS_PATH);
    return { ok: true as const, message: `${imported} engagement${imported > 1 ? "s ont été importés" : " a été importé"}.` };
  },
});

export const closeEngagementAction = userAction({
  schema: closeEngagementSchema,
  run: ({ engagementId }, user) => closeEngagement({ userId: user.id, engagementId }),
  done: () => {
    revalidatePath(ENGAGEMENTS_PATH);
    return { ok: true as const, message: "L'engagement a été clôturé." };
  },
});

export const setEngagementRequirementAction = userAction({
  schema: engagementRequirementSchema,
  run: ({ structureId, required }, user) => setEngagementRequirement({ userId: user.id, structureId, required }),
  done: (structure) => {
    revalidatePath(ENGAGEMENTS_PATH);
    return {
      ok: true as const,
      message: structure.engagementExistantObligatoire
        ? "Les factures devront citer un engagement ouvert du fournisseur."
        : "Les factures ne sont plus tenues de citer un engagement existant.",
    };
  },
});

/** The open engagements an invoice of the supplier may quote at the recipient (the form's suggestions). */
export const listQuotableEngagementsAction = userAction({
  schema: quotableEngagementsSchema,
  run: ({ supplierStructureId, recipientStructureId, recipientServiceId }, user) =>
    listQuotableEngagements({ userId: user.id, supplierStructureId, recipientStructureId, recipientServiceId: recipientServiceId || undefined }),
  done: (engagements) => ({ ok: true as const, engagements }),
});
