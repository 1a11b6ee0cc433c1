import { Prisma } from "@/generated/prisma/client.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { requireGestionnaire } from "../data/access.ts";
import type { BankAccountInput } from "../schemas/management.ts";

export const duplicateIban = () => new AppError("CONFLICT", "Ce compte (IBAN) est déjà enregistré pour la structure : modifiez-le ou réactivez-le.", "iban");

/** Who changed which account of which structure, and how: payment details are what an attacker would change first. */
export async function auditBankAccount(tx: Tx, actorId: string, action: string, account: { id: string; structureId: string; iban: string; actif: boolean; affactureur: boolean }) {
  await tx.auditLog.create({
    data: { actorId, action, targetType: "BankAccount", targetId: account.id, detail: { structureId: account.structureId, iban: account.iban, actif: account.actif, affactureur: account.affactureur } },
  });
}

/**
 * "Coordonnées bancaires > Ajouter": a new active account of the structure, by one of its gestionnaires only (a
 * simple user never routes a payment to an account of his own: invoices pay to the accounts listed here).
 */
export async function addBankAccount(userId: string, structureId: string, input: BankAccountInput) {
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
