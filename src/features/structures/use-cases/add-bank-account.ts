import { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { requireGestionnaire } from "../data/access.ts";
import { auditBankAccount } from "../data/bank-account-audit.ts";
import { duplicateIban } from "../data/refusals.ts";
import type { BankAccountInput } from "../schemas/management.ts";

export type AddBankAccountOptions = { userId: string; structureId: string; input: BankAccountInput };

/**
 * "Coordonnées bancaires > Ajouter": a new active account of the structure, by one of its gestionnaires only (a
 * simple user never routes a payment to an account of his own: invoices pay to the accounts listed here).
 */
export async function addBankAccount({ userId, structureId, input }: AddBankAccountOptions) {
  try {
    return await db.$transaction(async (tx) => {
      await requireGestionnaire(tx, userId, structureId);
      const account = await tx.bankAccount.create({ data: { structureId, ...input, actif: true } });
      await auditBankAccount(tx, userId, "BANK_ACCOUNT_ADDED", account);
      return account;
    });
  } catch (error) {
    // The unique index (structure, IBAN) decides, even between two concurrent additions.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicateIban();
    throw error;
  }
}
