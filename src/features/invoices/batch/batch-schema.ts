// "Dépôt par lot": the fields beside the files (the files themselves are checked by upload.ts). French messages,
// keyed by field as the form shows them.
import { z } from "zod";
import { CADRES } from "../invoice-schema.ts";

export const depositBatchSchema = z.object({
  supplierStructureId: z.uuid("Choisissez la structure qui dépose les factures."),
  supplierServiceId: z.union([z.uuid("Choisissez un service de la liste."), z.literal("")]).optional(),
  cadre: z.enum(CADRES, "Choisissez un cadre de facturation."),
});

export type DepositBatchInput = z.input<typeof depositBatchSchema>;
