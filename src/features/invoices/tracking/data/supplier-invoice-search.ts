import type { Prisma } from "@/generated/prisma/client.ts";
import { escapeLike } from "@/features/structures/search-text.ts";
import { db } from "@/server/db.ts";
import { InvoiceRulesError } from "../../invoice-errors.ts";
import { parisDayEnd, parisDayStart } from "@/lib/paris-day.ts";
import { pagesOf } from "@/lib/csv.ts";
import { EXPORT_MAX_ROWS, SEARCH_PAGE_SIZE, searchCriteriaSchema, type SearchCriteria, type SearchCriteriaInput, type SortKey } from "../search-criteria.ts";
import { emptyInvoicePage, readInvoicePage } from "../../use-cases/invoice-list-page.ts";
import { supplierInvoiceRowSelect, toSupplierInvoiceRow, type SupplierInvoiceRead } from "../../use-cases/supplier-invoice-row.ts";
import { supplierScope } from "./supplier-scope.ts";

type Where = Prisma.InvoiceWhereInput;
type Order = Prisma.SortOrder;

/** A validation "hors délai" is the platform's: its VALIDEE_1 history row has no actor. */
const AUTOMATIC_VALIDATION: Prisma.InvoiceHistoryWhereInput = { status: "VALIDEE_1", actorId: null };

/** The criteria as a Prisma filter, always inside the given supplier structures. */
function whereOf(scope: string[], criteria: SearchCriteria): Where {
  const and: Where[] = [{ supplierStructureId: { in: scope } }];
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

/** The list's row; `motif`: why the invoice is in its current état (a rejection, a suspension…), when it was given one. */
export type SupplierInvoiceRow = ReturnType<typeof toSupplierInvoiceRow> & { motif?: string | null };

/** The latest history row with a motif: the current état's when their statuses agree. */
const latestMotifSelect = {
  history: { where: { motif: { not: null } }, orderBy: { createdAt: "desc" }, take: 1, select: { status: true, motif: true } },
} satisfies Prisma.InvoiceSelect;

const withMotif = (row: SupplierInvoiceRead & Prisma.InvoiceGetPayload<{ select: typeof latestMotifSelect }>): SupplierInvoiceRow => {
  const [latest] = row.history;
  return { ...toSupplierInvoiceRow(row), motif: latest?.status === row.status ? latest.motif : null };
};

/** The criteria checked by the one schema; every refusal at once, on its field. */
export function parseSearchCriteria(input: SearchCriteriaInput | Record<string, unknown>): SearchCriteria {
  const parsed = searchCriteriaSchema.safeParse(input);
  if (!parsed.success) throw InvoiceRulesError.fromZod(parsed.error);
  return parsed.data;
}

async function prepare(userId: string, input: SearchCriteriaInput | Record<string, unknown>) {
  const criteria = parseSearchCriteria(input);
  const scope = await supplierScope(userId, criteria.structure);
  return { criteria, scope, where: whereOf(scope, criteria), orderBy: orderOf(criteria.tri, criteria.ordre) };
}

/**
 * "Rechercher": the user's invoices matching the criteria (numéro by prefix, dates de dépôt, destinataire by name
 * or identifier, état, cadre, montant TTC, structure), sorted, 20 per page, with the total. A structure that is
 * not the user's is NOT_FOUND.
 */
export async function searchSupplierInvoices(userId: string, input: SearchCriteriaInput | Record<string, unknown> = {}) {
  const { criteria, scope, where, orderBy } = await prepare(userId, input);
  if (scope.length === 0) return { criteria, ...emptyInvoicePage<SupplierInvoiceRow>(SEARCH_PAGE_SIZE, criteria.page) };
  const page = await readInvoicePage({ where, orderBy, page: criteria.page, pageSize: SEARCH_PAGE_SIZE, select: { ...supplierInvoiceRowSelect, ...latestMotifSelect } }, withMotif);
  return { criteria, ...page };
}

/**
 * « Exporter (CSV) » streamed: authorized now (a foreign structure fails here, before any byte is sent), then the rows
 * read one database page at a time as the file is written; at most EXPORT_MAX_ROWS + 1 (the extra one tells the
 * writer the export was cut).
 */
export async function streamSupplierInvoices(userId: string, input: SearchCriteriaInput | Record<string, unknown> = {}): Promise<AsyncIterable<SupplierInvoiceRow>> {
  const { scope, where, orderBy } = await prepare(userId, input);
  if (scope.length === 0) return pagesOf<SupplierInvoiceRow>(async () => []);
  return pagesOf(
    async (skip, take) => (await db.invoice.findMany({ where, orderBy, skip, take, select: supplierInvoiceRowSelect })).map(toSupplierInvoiceRow),
    1000,
    EXPORT_MAX_ROWS,
  );
}

/** The same search without pages, for « Exporter (CSV) »: at most 50,000 rows, `truncated` when there were more. */
export async function exportSupplierInvoices(userId: string, input: SearchCriteriaInput | Record<string, unknown> = {}) {
  const { scope, where, orderBy } = await prepare(userId, input);
  if (scope.length === 0) return { invoices: [] as SupplierInvoiceRow[], truncated: false };
  const rows = await db.invoice.findMany({ where, orderBy, take: EXPORT_MAX_ROWS + 1, select: supplierInvoiceRowSelect });
  return { invoices: rows.slice(0, EXPORT_MAX_ROWS).map(toSupplierInvoiceRow), truncated: rows.length > EXPORT_MAX_ROWS };
}
