import { isUuid } from "@/lib/uuid.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { requireGestionnaire } from "../data/access.ts";
import { auditBankAccount } from "../data/bank-account-audit.ts";

/**
 * "Désactiver" / "Réactiver" an account of the structure. A deactivated account can no longer be chosen on an
 * invoice, nor match a deposited file; the invoices already sent to it keep it.
 */
export async function setBankAccountActive({ userId, structureId, bankAccountId, active }: { userId: string; structureId: string; bankAccountId: string; active: boolean }) {
  await db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const existing = isUuid(bankAccountId) && (await tx.bankAccount.findFirst({ where: { id: bankAccountId, structureId }, select: { id: true } }));
    if (!existing) throw notFound("Compte bancaire introuvable.");
    const account = await tx.bankAccount.update({ where: { id: bankAccountId }, data: { actif: active } });
    await auditBankAccount(tx, userId, active ? "BANK_ACCOUNT_ACTIVATED" : "BANK_ACCOUNT_DEACTIVATED", account);
  });
}
