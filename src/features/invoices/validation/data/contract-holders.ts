// « Titulaire / mandataire du marché » of an A9 / A12 invoice: an active private structure other than the supplier
// itself; looked for only by a user who enters invoices.
import { needsHolderValidation, supplierStructureIds } from "@/features/invoices/common/index.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";

type Client = Tx | typeof db;

export type ContractHolder = { id: string; identifier: string; raisonSociale: string; codePostal: string; ville: string };

/** At most this many holders answer a search. */
export const CONTRACT_HOLDERS_LIMIT = 10;

export const contractHolderSelect = { id: true, identifier: true, raisonSociale: true, codePostal: true, ville: true } as const;

/** Only a user who enters invoices looks for holders of contracts. */
export async function requireInvoiceAuthor(userId: string) {
  if ((await supplierStructureIds(db, userId, "MODIFICATION")).length === 0) {
    throw new AppError("FORBIDDEN", "L'espace « Factures émises » ne vous est ouvert en modification pour aucune structure.");
  }
}

/** Why the invoice's holder of the contract cannot be, on the field validatorStructureId; undefined when fine or not needed. */
export async function contractHolderError(client: Client, invoice: { cadre: string; validatorStructureId?: string; supplierStructureId: string }): Promise<string | undefined> {
  if (!needsHolderValidation(invoice.cadre) || !invoice.validatorStructureId) return undefined;
  if (invoice.validatorStructureId === invoice.supplierStructureId) return "Le titulaire ou le mandataire du marché est une autre structure que la vôtre.";
  const holder = await client.structure.count({ where: { id: invoice.validatorStructureId, kind: "PRIVEE", status: "ACTIF" } });
  return holder === 0 ? "Ce titulaire ou mandataire n'est pas une structure privée active : choisissez-en un avec la recherche." : undefined;
}
