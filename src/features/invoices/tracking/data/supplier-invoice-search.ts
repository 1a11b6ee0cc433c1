// Rechercher of Factures émises as a query: the criteria as a Prisma filter inside the user's supplier structures,
// the sort, and the row (with its motif) the list shows. Shared by the search and the CSV export.
import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { InvoiceRulesError, type SupplierInvoiceRead, supplierInvoiceWhere, supplierScope, toSupplierInvoiceRow } from "@/features/invoices/common/index.ts";
import { escapeLike } from "@/lib/sql-like.ts";
import { parisDayEnd, parisDayStart } from "@/lib/paris-day.ts";
import { searchCriteriaSchema, type SearchCriteria, type SearchCriteriaInput, type SortKey } from "../rules/search-criteria.ts";

type Where = Prisma.InvoiceWhereInput;
type Order = Prisma.SortOrder;

/** A validation "hors délai" is the platform's: its VALIDEE_1 history row has no actor. */
const AUTOMATIC_VALIDATION: Prisma.InvoiceHistoryWhereInput = { status: "VALIDEE_1", actorId: null };

/** The criteria as a Prisma filter, always inside the given supplier structures. */
function whereOf(scope: string[], criteria: SearchCriteria): Where {
  const and: Where[] = [supplierInvoiceWhere(scope)];
  if (criteria.numero) {
    // The number the lists show: the final one, or the temporary one of a draft.
    const prefix = escapeLike(criteria.numero);
    and.push({ OR: [{ sentNumber: { startsWith: prefix, mode: "insensitive" } }, { sentNumber: null, temporaryNumber: { startsWith: prefix, mode: "insensitive" } }] });
  }
  if (criteria.depotDu || criteria.depotAu) {
    and.push({ sentAt: { ...(criteria.depotDu ? { gte: parisDayStart(criteria.depotDu) } : {}), ...(criteria.depotAu ? { lt: parisDayEnd(criteria.depotAu) } : {}) } });
  }
  if (criteria.destinataire) {
    const text = escapeLike(criteria.destinataire);
    and.push({
      recipientStructure: { OR: [{ raisonSociale: { contains: text, mode: "insensitive" } }, { identifier: { startsWith: text.replace(/\s+/g, ""), mode: "insensitive" } }] },
    });
  }
  if (criteria.statut) and.push({ status: criteria.statut });
  if (criteria.cadre) and.push({ cadre: criteria.cadre });
  if (criteria.validation === "automatique") and.push({ history: { some: AUTOMATIC_VALIDATION } });
  if (criteria.validation === "manuelle") and.push({ history: { none: AUTOMATIC_VALIDATION } });
  // « Traiter le rejet »: rejected invoices still to handle, or already handled.
  if (criteria.rejet === "a-traiter") and.push({ status: "REJETEE", rejectionHandledAt: null });
  if (criteria.rejet === "traite") and.push({ status: "REJETEE", rejectionHandledAt: { not: null } });
  if (criteria.montantMin || criteria.montantMax) {
    and.push({ totalGross: { ...(criteria.montantMin ? { gte: criteria.montantMin } : {}), ...(criteria.montantMax ? { lte: criteria.montantMax } : {}) } });
  }
  return { AND: and };
}

/** Each sort, then the id: a stable order, so that no invoice shows on two pages or on none. */
function orderOf(key: SortKey, sort: Order): Prisma.InvoiceOrderByWithRelationInput[] {
  const last = { sort, nulls: "last" } as const;
  const byKey: Record<SortKey, Prisma.InvoiceOrderByWithRelationInput[]> = {
    // Drafts (never deposited) last both ways, as the user looks for what was sent.
    depot: [{ sentAt: last }],
    numero: [{ sentNumber: last }, { temporaryNumber: sort }],
    destinataire: [{ recipientStructure: { raisonSociale: sort } }],
    etat: [{ status: sort }, { statusChangedAt: "desc" }],
    dateEtat: [{ statusChangedAt: sort }],
    montant: [{ totalGross: sort }],
  };
  return [...byKey[key], { id: sort }];
}

/**
 * The list's row; `motif`: why the invoice is in its current état (a rejection, a suspension…), when it was given one;
 * `rejectionHandled`: a rejection the supplier acknowledged (« Traiter le rejet »), when and by whom.
 */
export type SupplierInvoiceRow = ReturnType<typeof toSupplierInvoiceRow> & {
  motif?: string | null;
  rejectionHandledById?: string | null;
  rejectionHandled?: { at: Date; by: string } | null;
};

/** The latest history row with a motif: the current état's when their statuses agree. */
export const latestMotifSelect = {
  history: { where: { motif: { not: null } }, orderBy: { createdAt: "desc" }, take: 1, select: { status: true, motif: true } },
  rejectionHandledAt: true,
  rejectionHandledById: true,
} satisfies Prisma.InvoiceSelect;

export const withMotif = (row: SupplierInvoiceRead & Prisma.InvoiceGetPayload<{ select: typeof latestMotifSelect }>): SupplierInvoiceRow => {
  const [latest] = row.history;
  return {
    ...toSupplierInvoiceRow(row),
    motif: latest?.status === row.status ? latest.motif : null,
    rejectionHandledById: row.rejectionHandledById,
    rejectionHandled: row.rejectionHandledAt ? { at: row.rejectionHandledAt, by: "" } : null,
  };
};

/** The names of who handled the page's rejections, in one query (none when the page has no handled rejection). */
export async function withRejectionHandlers(rows: SupplierInvoiceRow[]): Promise<SupplierInvoiceRow[]> {
  const ids = [...new Set(rows.flatMap((row) => (row.rejectionHandled && row.rejectionHandledById ? [row.rejectionHandledById] : [])))];
  if (ids.length === 0) return rows;
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, prenom: true, nom: true } });
  const names = new Map(users.map((user) => [user.id, `${user.prenom} ${user.nom}`]));
  return rows.map((row) => (row.rejectionHandled && row.rejectionHandledById ? { ...row, rejectionHandled: { ...row.rejectionHandled, by: names.get(row.rejectionHandledById) ?? "" } } : row));
}

/** The criteria checked by the one schema (every refusal at once, on its field), the structures they reach, the query. */
export async function prepareSupplierSearch(userId: string, input: SearchCriteriaInput | Record<string, unknown>) {
  const parsed = searchCriteriaSchema.safeParse(input);
  if (!parsed.success) throw InvoiceRulesError.fromZod(parsed.error);
  const criteria = parsed.data;
  const scope = await supplierScope(db, userId, criteria.structure);
  return { criteria, scope, where: whereOf(scope, criteria), orderBy: orderOf(criteria.tri, criteria.ordre) };
}
