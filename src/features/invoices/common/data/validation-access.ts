// Who validates an A9 / A12 invoice: an active member of the active structure named as its holder of the contract,
// to whom that structure opens "Factures à valider". Any other invoice is "not found": nothing leaks, not even its
// existence; a draft is the supplier's alone.
import { requireEspaceRight, structureIdsOpening, usersOpening, type EspaceRight } from "@/features/structures/index.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { toValidateWhere } from "./invoice-where.ts";
import { isUuid } from "@/lib/uuid.ts";

type Client = Tx | typeof db;

/** The structures whose invoices to validate the user handles. */
export const validatorStructureIds = (client: Client, userId: string) => structureIdsOpening(client, userId, "FACTURES_A_VALIDER");

/**
 * The invoice when the user validates it as the holder of the contract; NOT_FOUND otherwise (malformed id included).
 * With `needed` "MODIFICATION" (Valider, Refuser), FORBIDDEN for a user with consultation only of "Factures à valider".
 */
export async function requireInvoiceToValidate(client: Client, userId: string, invoiceId: string, needed: EspaceRight = "CONSULTATION") {
  if (!isUuid(invoiceId)) throw notFound("Facture introuvable.");
  const structureIds = await validatorStructureIds(client, userId);
  const invoice =
    structureIds.length > 0
      ? await client.invoice.findFirst({
          where: { id: invoiceId, ...toValidateWhere(structureIds) },
          select: { id: true, status: true, cadre: true, validatorStructureId: true, supplierStructureId: true },
        })
      : null;
  if (!invoice) throw notFound("Facture introuvable.");
  if (needed !== "CONSULTATION") {
    await requireEspaceRight(client, userId, invoice.validatorStructureId!, "FACTURES_A_VALIDER", needed, { what: "valider ou refuser cette facture" });
  }
  return { ...invoice, validatorStructureId: invoice.validatorStructureId! };
}

/** The holder's users to tell about a new invoice to validate (fil d'événements and e-mail). */
export const validatorUsers = (client: Client, structureId: string) => usersOpening(client, structureId, "FACTURES_A_VALIDER");
