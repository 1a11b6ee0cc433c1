// "Dépôt d'une nouvelle facture": the form's fields beside the file (format, cadre, structure, service), one schema
// for the page and the server action.
import { z } from "zod";
import { CADRES, DEPOSIT_FORMATS } from "@/features/invoices/common/ui.ts";
import { uuid } from "@/lib/uuid.ts";

/** One invoice file: 20 Mo at most (the readers refuse more; the server actions accept bodies of that size). */
export const MAX_DEPOSIT_BYTES = 20 * 1024 * 1024;

export const depositSchema = z.object({
  supplierStructureId: uuid("Choisissez la structure qui dépose la facture."),
  supplierServiceId: z.union([uuid("Choisissez un service de la liste."), z.literal("")]).optional(),
  cadre: z.enum(CADRES, "Choisissez un cadre de facturation."),
  format: z.enum(DEPOSIT_FORMATS, "Choisissez le format de dépôt."),
});
export type DepositInput = z.input<typeof depositSchema>;
export type DepositValues = z.output<typeof depositSchema>;

/** The file field's own checks, before anything is read: present, not empty, not too large. */
export function depositFileError(file: { size: number } | null | undefined): string | undefined {
  if (!file || file.size === 0) return "Choisissez le fichier de la facture à déposer.";
  if (file.size > MAX_DEPOSIT_BYTES) return "Le fichier dépasse 20 Mo : une facture déposée fait au plus 20 Mo.";
  return undefined;
}

/** The form as posted: its fields and the file, every refusal on its field at once. */
export const depositUploadSchema = depositSchema.extend({
  file: z.unknown().transform((value, ctx) => {
    const file = value instanceof File ? value : null;
    const error = depositFileError(file);
    if (error) ctx.addIssue({ code: "custom", message: error });
    return file as File;
  }),
});
