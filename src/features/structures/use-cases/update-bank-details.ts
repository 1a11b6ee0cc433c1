import { db } from "@/server/db.ts";
import { requireGestionnaire } from "../access.ts";
import type { BankDetailsInput } from "../management-schemas.ts";

/** "Coordonnées bancaires": IBAN (electronic format, checked by the schema) and BIC. */
export async function updateBankDetails(userId: string, structureId: string, input: BankDetailsInput) {
  await db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    await tx.structure.update({ where: { id: structureId }, data: { iban: input.iban, bic: input.bic } });
  });
}
