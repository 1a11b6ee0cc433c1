// "Dépôt par lot": the fields beside the files (the files themselves are checked by upload.ts). French messages,
// keyed by field as the form shows them.
import { z } from "zod";
import { uuid } from "@/lib/uuid.ts";

/**
 * A batch goes straight to its recipients: A9 / A12 invoices, which the holder of the contract validates first
 * (its structure chosen per invoice), are deposited one by one.
 */
export const BATCH_CADRES = ["A1", "A2"] as const;

export const depositBatchSchema = z.object({
  supplierStructureId: uuid("Choisissez la structure qui dépose les factures."),
  supplierServiceId: z.union([uuid("Choisissez un service de la liste."), z.literal("")]).optional(),
  cadre: z.enum(BATCH_CADRES, {
    error: (issue) =>
      issue.input === "A9" || issue.input === "A12"
        ? "Un lot se dépose en cadre A1 ou A2 : une facture A9 ou A12 se dépose une à une, pour la validation du titulaire du marché."
        : "Choisissez un cadre de facturation.",
  }),
});

export type DepositBatchInput = z.input<typeof depositBatchSchema>;
