import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { emptyInvoicePage, pageNumber, readInvoicePage, receivedInvoiceWhere, type ReceivedScope, receivedScopes, sentInvoiceRowSelect, toSentInvoiceRow, withinScopes } from "@/features/invoices/common/index.ts";
import { receivedFiltersWhere, receivedOrderBy } from "../data/received-filters.ts";
import { RECEIVED_PAGE_SIZE, type ReceivedInvoiceFilters } from "../rules/received-search.ts";

const rowSelect = {
  ...sentInvoiceRowSelect,
  invoiceDate: true,
  statusChangedAt: true,
  recipientStructure: { select: { raisonSociale: true } },
  recipientService: { select: { code: true, libelle: true } },
  recipientStructureId: true,
  recipientServiceId: true,
} satisfies Prisma.InvoiceSelect;

const toRow = (row: Prisma.InvoiceGetPayload<{ select: typeof rowSelect }>, modifiable: ReceivedScope[] = []) => ({
  ...toSentInvoiceRow(row),
  recipientName: row.recipientStructure?.raisonSociale ?? "",
  service: row.recipientService ? `${row.recipientService.code} - ${row.recipientService.libelle}` : "",
  invoiceDate: row.invoiceDate,
  statusChangedAt: row.statusChangedAt,
  /** The user may process it (modification of « Factures reçues » for its structure and service), not only read it. */
  mayModify: withinScopes(modifiable, row),
});

/**
 * "Factures reçues": the invoices made available to the user's public structures (only their services' when the
 * rattachement names services), filtered and sorted, 20 per page. A user who handles no structure gets none. Each
 * row says whether the user may process it or only read it.
 */
export async function listReceivedInvoices({ userId, filters = {} }: { userId: string; filters?: ReceivedInvoiceFilters }) {
  const [scopes, modifiable] = await Promise.all([receivedScopes(db, userId), receivedScopes(db, userId, "MODIFICATION")]);
  if (scopes.length === 0) return emptyInvoicePage<ReceivedInvoiceRow>(RECEIVED_PAGE_SIZE);
  const where: Prisma.InvoiceWhereInput = { AND: [receivedInvoiceWhere(scopes), ...receivedFiltersWhere(filters)] };
  return readInvoicePage({ where, orderBy: receivedOrderBy(filters), page: pageNumber(filters.page), pageSize: RECEIVED_PAGE_SIZE, select: rowSelect }, (row) => toRow(row, modifiable));
}

export type ReceivedInvoiceRow = ReturnType<typeof toRow>;
