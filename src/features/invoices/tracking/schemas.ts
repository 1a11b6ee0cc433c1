// « Compléter » (a SUSPENDUE invoice) and « Recycler » (an À recycler one): what the supplier gives, checked by one
// zod schema each, shared by the forms' actions and the use cases. Pure.
import { z } from "zod";
import { uuid } from "@/lib/uuid.ts";

export const COMPLETION_MAX_FILES = 10;

export const completionSchema = z.object({
  comment: z
    .string("Expliquez au destinataire ce que vous complétez.")
    .trim()
    .min(1, "Expliquez au destinataire ce que vous complétez.")
    .max(2000, "Le commentaire comporte au plus 2000 caractères."),
});

/** « Compléter » as its action receives it: the invoice, the comment and the files chosen (empty inputs left out). */
export const completeInvoiceActionSchema = completionSchema.extend({ invoiceId: z.string(), files: z.array(z.instanceof(File)) });

const optionalId = (message: string) => z.union([uuid(message), z.literal("")]).default("");

const recyclingFields = z.object({
  recipientIsState: z.boolean().default(false),
  recipientStructureId: optionalId("Choisissez le destinataire dans l'annuaire."),
  recipientServiceId: optionalId("Choisissez un service du destinataire."),
  engagementNumber: z.string().trim().max(50, "Le numéro d'engagement comporte au plus 50 caractères.").default(""),
});

const recipientRequired = (value: { recipientIsState: boolean; recipientStructureId: string }, context: z.RefinementCtx) => {
  if (!value.recipientIsState && !value.recipientStructureId) {
    context.addIssue({ code: "custom", path: ["recipientStructureId"], message: "Choisissez le nouveau destinataire de la facture." });
  }
};

export const recyclingSchema = recyclingFields.superRefine(recipientRequired);

/** « Recycler » as its action receives it: the invoice and the new routing data. */
export const recycleInvoiceActionSchema = recyclingFields.extend({ invoiceId: z.string() }).superRefine(recipientRequired);

export type RecyclingInput = z.input<typeof recyclingSchema>;
export type Recycling = z.output<typeof recyclingSchema>;

/** « Traiter le rejet » as its action receives it: the invoice only (the use case answers "not found" for anything else). */
export const acknowledgeRejectionActionSchema = z.object({ invoiceId: z.string().max(100) });
