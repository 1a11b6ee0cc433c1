// Who may enter and read a supplier structure's invoices: an active member of the active structure to whom it opens
// the espace "Factures émises" — in consultation to read, in modification to enter, deposit, send or change one.
// An invoice of any other structure is "not found" (nothing leaks).
import type { Prisma } from "@/generated/prisma/client.ts";
import { isUuid } from "@/lib/uuid.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { missingMandateMessage, needsMandateToEnter } from "@/features/mandates/index.ts";
import { assertEspaceRight, espaceGrantSelect, espaceRightIn, namedStructuresOpening, opensEspace, requireEspaceRight, structureIdsOpening, type EspaceGrantRow, rightAllows, type EspaceRight, userGrantSelect } from "@/features/structures/index.ts";
import { isDraft, SENT_INVOICE_MESSAGE } from "../rules/drafts.ts";

type Client = Tx | typeof db;

const opensFacturesEmises = (row: EspaceGrantRow) => opensEspace(row, "FACTURES_EMISES");

/** The supplier structures whose invoices the user reads (consultation), or enters and changes (modification). */
export const supplierStructureIds = (client: Client, userId: string, needed: EspaceRight = "CONSULTATION") =>
  structureIdsOpening(client, userId, "FACTURES_EMISES", needed);

/**
 * The supplier structures a list of Factures émises reads: all the user's, or the one chosen in "Filtre Structure",
 * which must be one of them (otherwise NOT_FOUND: nothing leaks, not even its existence).
 */
export async function supplierScope(client: Client, userId: string, structureId?: string): Promise<string[]> {
  const mine = await supplierStructureIds(client, userId);
  if (!structureId) return mine;
  if (!mine.includes(structureId)) throw notFound("Structure introuvable.");
  return [structureId];
}

/**
 * NOT_FOUND when the structure is not the user's; FORBIDDEN when it is but does not open "Factures émises" to them
 * with the right `needed` (consultation to read, modification to change).
 */
export async function requireInvoiceSupplier(client: Client, userId: string, structureId: string, needed: EspaceRight = "CONSULTATION", what?: string) {
  await requireEspaceRight(client, userId, structureId, "FACTURES_EMISES", needed, { what });
}

/**
 * Invoice entry for the structure (Saisir, Dépôt factures, Dépôt par lot, Dupliquer): its user with "Factures émises"
 * in modification, and its Actif mandate (refused on the supplier field). One read: the structure with the user's
 * grant on it and its Actif mandates counted (it was three: the grant, the membership again, the mandates); the
 * refusals are the same, in the same order (not the user's: NOT_FOUND; short of the right, then of a mandate: FORBIDDEN).
 */
export async function requireInvoiceEntry(client: Client, userId: string, structureId: string) {
  const structure = isUuid(structureId) ? await client.structure.findUnique({ where: { id: structureId }, select: invoiceEntrySelect(userId) }) : null;
  invoiceEntryOf(structure);
}

/** What requireInvoiceEntry reads of the structure: a caller may read it along with more of the structure (invoiceEntryOf). */
export const invoiceEntrySelect = (userId: string) =>
  ({ ...userGrantSelect(userId), kind: true, raisonSociale: true, _count: { select: { mandates: { where: { status: "ACTIF" } } } } }) satisfies Prisma.StructureSelect;

/** requireInvoiceEntry's refusals, from the structure as read with invoiceEntrySelect (null: not found). */
export function invoiceEntryOf(structure: Prisma.StructureGetPayload<{ select: ReturnType<typeof invoiceEntrySelect> }> | null): void {
  const right = structure ? espaceRightIn(structure, "FACTURES_EMISES") : null;
  if (!structure || right === null) throw notFound("Structure introuvable.");
  assertEspaceRight(right, "FACTURES_EMISES", "MODIFICATION", "saisir ou déposer de facture pour cette structure");
  if (structure._count.mandates === 0 && needsMandateToEnter(structure.kind)) {
    throw new AppError("FORBIDDEN", missingMandateMessage(structure.raisonSociale), "supplierStructureId");
  }
}

/** What requireOwnInvoice reads of an invoice: a caller may read it along with more of the invoice (ownInvoice). */
export const ownInvoiceSelect = (userId: string) =>
  ({ id: true, supplierStructureId: true, status: true, supplierStructure: { select: userGrantSelect(userId) } }) satisfies Prisma.InvoiceSelect;

type OwnInvoiceRow = Prisma.InvoiceGetPayload<{ select: ReturnType<typeof ownInvoiceSelect> }>;

/**
 * The invoice, when it is one of the user's supplier structures' (NOT_FOUND otherwise: without at least consultation
 * of "Factures émises" it is not theirs to see); with `needed` "MODIFICATION", FORBIDDEN for a reader of the espace.
 */
export async function requireOwnInvoice(client: Client, userId: string, invoiceId: string, needed: EspaceRight = "CONSULTATION") {
  // The invoice and the user's grant on its structure in one query (every read of an invoice starts here).
  const invoice = isUuid(invoiceId) ? await client.invoice.findUnique({ where: { id: invoiceId }, select: ownInvoiceSelect(userId) }) : null;
  return ownInvoice(invoice, needed);
}

/** requireOwnInvoice's answer from the invoice as read with ownInvoiceSelect (null: not found). */
export function ownInvoice(invoice: OwnInvoiceRow | null, needed: EspaceRight = "CONSULTATION") {
  const right = invoice ? espaceRightIn(invoice.supplierStructure, "FACTURES_EMISES") : null;
  if (!invoice || !right || !rightAllows(right, "CONSULTATION")) throw notFound("Facture introuvable.");
  assertEspaceRight(right, "FACTURES_EMISES", needed, "modifier cette facture");
  return { id: invoice.id, supplierStructureId: invoice.supplierStructureId, status: invoice.status, right };
}

/** Every change of content is for drafts only: once sent, the invoice is frozen. */
export function requireDraft(invoice: { status: string }) {
  if (!isDraft(invoice)) throw new AppError("CONFLICT", SENT_INVOICE_MESSAGE);
}

/** The users to tell about a structure's invoices (fil d'événements, espace "Factures émises"). */
export async function supplierUserIds(client: Client, structureId: string): Promise<string[]> {
  return supplierUserIdsAmong(await client.rattachement.findMany({ where: { structureId, status: "ACTIF" }, select: supplierUserSelect }));
}

/** What supplierUserIds reads of a structure's active rattachements: a caller may read them along with the structure. */
export const supplierUserSelect = { ...espaceGrantSelect, userId: true } as const satisfies Prisma.RattachementSelect;

/** supplierUserIds' answer from the structure's active rattachements read with supplierUserSelect. */
export const supplierUserIdsAmong = (rows: (EspaceGrantRow & { userId: string })[]) => rows.filter(opensFacturesEmises).map((row) => row.userId);

/** The structures whose issued invoices the user follows, by name (« Filtre Structure »), from the request's grants. */
export const supplierStructuresByName = (userId: string) => namedStructuresOpening(userId, "FACTURES_EMISES");
