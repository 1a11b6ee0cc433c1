// Who may enter and read a supplier structure's invoices: an active member of the active structure to whom it opens
// the espace "Factures émises". An invoice of any other structure is "not found" (nothing leaks).
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Espace, Role } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { requireActiveMandate } from "@/features/mandates/use-cases/require-active-mandate.ts";
import { grantedEspaces } from "@/features/structures/espaces.ts";

type Client = Tx | typeof db;

const grantSelect = {
  structureId: true,
  role: true,
  espaces: { select: { espace: true } },
  structure: { select: { espaces: { where: { OR: [{ consultation: true }, { modification: true }] }, select: { espace: true } } } },
} satisfies Prisma.RattachementSelect;

type GrantRow = { role: Role; espaces: { espace: Espace }[]; structure: { espaces: { espace: Espace }[] } };

const opensFacturesEmises = (row: GrantRow) =>
  grantedEspaces([
    {
      role: row.role,
      structureEspaces: row.structure.espaces.map((e) => e.espace),
      userEspaces: row.espaces.map((e) => e.espace),
    },
  ]).has("FACTURES_EMISES");

/** The supplier structures whose invoices the user enters and reads. */
export async function supplierStructureIds(client: Client, userId: string): Promise<string[]> {
  const rows = await client.rattachement.findMany({ where: { userId, status: "ACTIF", structure: { status: "ACTIF" } }, select: grantSelect });
  return rows.filter(opensFacturesEmises).map((row) => row.structureId);
}

/** NOT_FOUND when the structure is not the user's; FORBIDDEN when it is but does not open "Factures émises" to them. */
export async function requireInvoiceSupplier(client: Client, userId: string, structureId: string) {
  const row = await client.rattachement.findFirst({ where: { userId, structureId, status: "ACTIF", structure: { status: "ACTIF" } }, select: grantSelect });
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
  const rows = await client.rattachement.findMany({ where: { structureId, status: "ACTIF" }, select: { ...grantSelect, userId: true } });
  return rows.filter(opensFacturesEmises).map((row) => row.userId);
}
