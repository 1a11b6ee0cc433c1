import { Prisma } from "@/generated/prisma/client.ts";
import { isUuid } from "@/lib/uuid.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { requireGestionnaire } from "../data/access.ts";
import type { BankAccountInput } from "../schemas/management.ts";
import { auditBankAccount } from "../data/bank-account-audit.ts";
import { duplicateIban } from "../data/refusals.ts";

export type UpdateBankAccountOptions = { userId: string; structureId: string; bankAccountId: string; input: BankAccountInput };

/**
 * "Coordonnées bancaires > Modifier" an account of the structure. Invoices already sent keep the IBAN and BIC they
 * were sent with (copied on the invoice); drafts take the new ones when they are saved or sent.
 */
export async function updateBankAccount({ userId, structureId, bankAccountId, input }: UpdateBankAccountOptions) {
  try {
    await db.$transaction(async (tx) => {
      await requireGestionnaire(tx, userId, structureId);
      const existing = isUuid(bankAccountId) && (await tx.bankAccount.findFirst({ where: { id: bankAccountId, structureId }, select: { id: true } }));
      if (!existing) throw notFound("Compte bancaire introuvable.");
      const account = await tx.bankAccount.update({ where: { id: bankAccountId }, data: input });
      await auditBankAccount(tx, userId, "BANK_ACCOUNT_UPDATED", account);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicateIban();
    throw error;
  }
}
