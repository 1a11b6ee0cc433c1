// Where an invoice's money goes: always one of its supplier structure's ACTIVE bank accounts, which only the
// structure's gestionnaires add, change or deactivate (Activités du gestionnaire > Coordonnées bancaires). An
// entered invoice picks one ("Références bancaires"); a deposited file must name one of them, or none.
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";

type Client = Tx | typeof db;

export type PayeeAccount = { id: string; iban: string; bic: string | null; titulaire: string; affactureur: boolean };

const payeeSelect = { id: true, iban: true, bic: true, titulaire: true, affactureur: true } as const;

export const UNKNOWN_ACCOUNT_MESSAGE = "Ce compte bancaire n'est pas un compte actif de votre structure : choisissez-en un dans la liste.";

/** The structure's active accounts, oldest first. */
export function activeBankAccounts(client: Client, structureId: string): Promise<PayeeAccount[]> {
  return client.bankAccount.findMany({ where: { structureId, actif: true }, orderBy: { createdAt: "asc" }, select: payeeSelect });
}

/** The account chosen on an invoice, if it is an active account of its supplier; null otherwise (another structure's is "not one of yours"). */
export function payableAccount(client: Client, structureId: string, bankAccountId: string): Promise<PayeeAccount | null> {
  return client.bankAccount.findFirst({ where: { id: bankAccountId, structureId, actif: true }, select: payeeSelect });
}

/**
 * The account an entered invoice pays to: the one chosen ("Références bancaires") when it is an active account of
 * the supplier, else null; with none chosen, the structure's default one (its oldest active account that is not a
 * factor's, else its oldest), as the form proposes it. Never an account the structure's gestionnaires did not list.
 */
export async function invoicePayee(client: Client, structureId: string, bankAccountId: string | null | undefined): Promise<PayeeAccount | null> {
  if (bankAccountId) return payableAccount(client, structureId, bankAccountId);
  return payeeAmong(await activeBankAccounts(client, structureId), bankAccountId);
}

/** invoicePayee among the structure's active accounts already read (activeBankAccounts: oldest first). Pure. */
export function payeeAmong(activeAccounts: PayeeAccount[], bankAccountId: string | null | undefined): PayeeAccount | null {
  if (bankAccountId) return activeAccounts.find((account) => account.id === bankAccountId) ?? null;
  return activeAccounts.find((account) => !account.affactureur) ?? activeAccounts[0] ?? null;
}

const compact = (iban: string) => iban.replace(/\s+/g, "").toUpperCase();
const grouped = (iban: string) => compact(iban).replace(/(.{4})(?=.)/g, "$1 ");

/** The refusal of a deposited file whose payee IBAN (BT-84) is not one of the structure's active accounts. */
export const foreignIbanMessage = (iban: string) =>
  `L'IBAN du fichier (${grouped(iban).slice(0, 60)}) n'est pas un compte bancaire actif de votre structure : seul un gestionnaire de la structure peut l'ajouter, dans Activités du gestionnaire > Coordonnées bancaires. Déposez ensuite le fichier de nouveau.`;

/**
 * The account a deposited file pays to: none when it names no IBAN (then it is not paid by transfer: EN 16931
 * BR-61), the matching active account when it names one of them, a refusal otherwise. Pure.
 */
export function depositedAccount(accounts: PayeeAccount[], iban: string | undefined | null): { account: PayeeAccount | null } | { refusal: string } {
  if (!iban) return { account: null };
  const account = accounts.find((candidate) => candidate.iban === compact(iban));
  return account ? { account } : { refusal: foreignIbanMessage(iban) };
}
