// « Titulaire / mandataire du marché » of an A9 / A12 invoice: an active private structure, found by its SIRET /
// identifier or its raison sociale, other than the supplier itself.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client.ts";
import { identifierToLike, textToLikePatterns } from "@/features/directory/index.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { supplierStructureIds } from "@/features/invoices/common/data/supplier-access.ts";
import { needsHolderValidation } from "@/features/invoices/common/rules/holder-validation.ts";
import { isUuid } from "@/lib/uuid.ts";

type Client = Tx | typeof db;

export type ContractHolder = { id: string; identifier: string; raisonSociale: string; codePostal: string; ville: string };

export const CONTRACT_HOLDERS_LIMIT = 10;

export const contractHolderSearchSchema = z.object({
  query: z
    .string("Saisissez un Siret / identifiant ou une raison sociale.")
    .trim()
    .max(100, "Saisissez au plus 100 caractères.")
    .refine((value) => (value.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2, "Saisissez au moins 2 lettres ou chiffres du Siret / identifiant ou de la raison sociale."),
  /** The supplier structure of the invoice: never its own holder. */
  excludeStructureId: z.union([z.uuid("Structure inconnue."), z.literal("")]).optional(),
});
export type ContractHolderSearch = z.input<typeof contractHolderSearchSchema>;

/** Only a user who enters invoices looks for holders of contracts. */
async function requireInvoiceAuthor(userId: string) {
  if ((await supplierStructureIds(db, userId, "MODIFICATION")).length === 0) {
    throw new AppError("FORBIDDEN", "L'espace « Factures émises » ne vous est ouvert en modification pour aucune structure.");
  }
}

/**
 * The active private structures whose identifier starts with what was typed (spaces ignored, `*` as a wildcard), or
 * whose raison sociale (libellé, ville…) holds every word typed; 10 at most, by raison sociale.
 */
export async function searchContractHolders(userId: string, input: ContractHolderSearch): Promise<ContractHolder[]> {
  await requireInvoiceAuthor(userId);
  const parsed = contractHolderSearchSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues[0].message, "query");
  const { query, excludeStructureId } = parsed.data;
  const byIdentifier = identifierToLike(query);
  const words = textToLikePatterns(query);
  const matches = [
    ...(byIdentifier ? [Prisma.sql`identifier LIKE ${byIdentifier}`] : []),
    ...(words.length > 0 ? [Prisma.join(words.map((pattern) => Prisma.sql`search_text LIKE ${pattern}`), " AND ")] : []),
  ];
  if (matches.length === 0) return [];
  const excluded = excludeStructureId ? Prisma.sql`AND id <> ${excludeStructureId}::uuid` : Prisma.empty;
  // "OFFSET 0" as in the directory's search: the matches are found through the trigram indexes first, then sorted.
  return db.$queryRaw<ContractHolder[]>`
    SELECT id, identifier, "raisonSociale", "codePostal", ville FROM (
      SELECT id, identifier, raison_sociale AS "raisonSociale", code_postal AS "codePostal", ville
      FROM structures
      WHERE kind = 'PRIVEE' AND status = 'ACTIF' ${excluded} AND ((${Prisma.join(matches, ") OR (")}))
      OFFSET 0
    ) AS found
    ORDER BY "raisonSociale", identifier
    LIMIT ${CONTRACT_HOLDERS_LIMIT}`;
}

/** The holder a saved draft names, to show it again in the form; null when it is no longer an active private structure. */
export async function getContractHolder(userId: string, structureId: string): Promise<ContractHolder | null> {
  await requireInvoiceAuthor(userId);
  if (!isUuid(structureId)) return null;
  return db.structure.findFirst({
    where: { id: structureId, kind: "PRIVEE", status: "ACTIF" },
    select: { id: true, identifier: true, raisonSociale: true, codePostal: true, ville: true },
  });
}

/** Why the invoice's holder of the contract cannot be, on the field validatorStructureId; undefined when fine or not needed. */
export async function contractHolderError(client: Client, invoice: { cadre: string; validatorStructureId?: string; supplierStructureId: string }): Promise<string | undefined> {
  if (!needsHolderValidation(invoice.cadre) || !invoice.validatorStructureId) return undefined;
  if (invoice.validatorStructureId === invoice.supplierStructureId) return "Le titulaire ou le mandataire du marché est une autre structure que la vôtre.";
  const holder = await client.structure.count({ where: { id: invoice.validatorStructureId, kind: "PRIVEE", status: "ACTIF" } });
  return holder === 0 ? "Ce titulaire ou mandataire n'est pas une structure privée active : choisissez-en un avec la recherche." : undefined;
}
