// Who may enter and read a supplier structure's invoices: an active member of the active structure to whom it opens
// the espace "Factures émises". An invoice of any other structure is "not found" (nothing leaks).
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { requireActiveMandate } from "@/features/mandates/use-cases/require-active-mandate.ts";
import { espaceGrantSelect, opensEspace, structureIdsOpening, type EspaceGrantRow } from "@/features/structures/espace-grants.ts";

type Client = Tx | typeof db;

const opensFacturesEmises = (row: EspaceGrantRow) => opensEspace(row, "FACTURES_EMISES");

/** The supplier structures whose invoices the user enters and reads. */
export const supplierStructureIds = (client: Client, userId: string) => structureIdsOpening(client, userId, "FACTURES_EMISES");

/** NOT_FOUND when the structure is not the user's; FORBIDDEN when it is but does not open "Factures émises" to them. */
export async function requireInvoiceSupplier(client: Client, userId: string, structureId: string) {
  const row = await client.rattachement.findFirst({ where: { userId, structureId, status: "ACTIF", structure: { status: "ACTIF" } }, select: espaceGrantSelect });
  if (!row) throw notFound("Structure introuvable.");
  if (!opensFacturesEmises(row)) throw new AppError("FORBIDDEN", "L'espace « Factures émises » de cette structure ne vous est pas ouvert.");
}

/** Invoice entry for the structure: its user with "Factures émises", and its Actif mandate (refused on the supplier field). */
export async function requireInvoiceEntry(client: Client, userId: string, structureId: string) {
  await requireInvoiceSupplier(client, userId, structureId);
  try {
    await requireActiveMandate(userId, structureId, client);
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") throw new AppError("FORBIDDEN", error.message, "supplierStructureId");
    throw error;
  }
}

/** The invoice, when it is one of the user's supplier structures'; NOT_FOUND otherwise. */
export async function requireOwnInvoice(client: Client, userId: string, invoiceId: string) {
  const invoice = /^[0-9a-f-]{36}$/i.test(invoiceId)
    ? await client.invoice.findUnique({ where: { id: invoiceId }, select: { id: true, supplierStructureId: true, status: true } })
    : null;
  if (!invoice) throw notFound("Facture introuvable.");
  try {
    await requireInvoiceSupplier(client, userId, invoice.supplierStructureId);
  } catch (error) {
    if (error instanceof AppError) throw notFound("Facture introuvable.");
    throw error;
  }
  return invoice;
}

export const SENT_INVOICE_MESSAGE = "Une facture envoyée ne peut plus être modifiée.";

/** Every change of content is for drafts only: once sent, the invoice is frozen. */
export function requireDraft(invoice: { status: string }) {
  if (invoice.status !== "BROUILLON") throw new AppError("CONFLICT", SENT_INVOICE_MESSAGE);
}

/** The users to tell about a structure's invoices (fil d'événements, espace "Factures émises"). */
export async function supplierUserIds(client: Client, structureId: string): Promise<string[]> {
  const rows = await client.rattachement.findMany({ where: { structureId, status: "ACTIF" }, select: { ...espaceGrantSelect, userId: true } });
  return rows.filter(opensFacturesEmises).map((row) => row.userId);
}
