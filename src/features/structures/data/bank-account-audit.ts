import type { Tx } from "@/server/db.ts";

/** Who changed which account of which structure, and how: payment details are what an attacker would change first. */
export async function auditBankAccount(tx: Tx, actorId: string, action: string, account: { id: string; structureId: string; iban: string; actif: boolean; affactureur: boolean }) {
  await tx.auditLog.create({
    data: { actorId, action, targetType: "BankAccount", targetId: account.id, detail: { structureId: account.structureId, iban: account.iban, actif: account.actif, affactureur: account.affactureur } },
  });
}
