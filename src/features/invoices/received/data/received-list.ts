// What both readings of "Factures reçues" share (the page's numbered pages, the API's cursor pages): the user's reach,
// the list's condition and its row. One place, so that the API lists exactly what the page lists.
import type { Prisma } from "@/generated/prisma/client.ts";
import { receivedInvoiceWhere, type ReceivedScope, receivedReadAndModifyScopes, sentInvoiceRowSelect, toSentInvoiceRow, withinScopes } from "@/features/invoices/common/index.ts";
import { dayOfDateColumn, parisDay, paymentDeadline, paymentDeadlineShort } from "@/features/invoices/common/index.ts";
import { receivedFiltersWhere } from "./received-filters.ts";
import type { ReceivedInvoiceFilters } from "../rules/received-search.ts";

export const receivedRowSelect = {
  ...sentInvoiceRowSelect,
  invoiceDate: true,
  statusChangedAt: true,
  recipientStructure: { select: { raisonSociale: true } },
  recipientService: { select: { code: true, libelle: true } },
  recipientStructureId: true,
  recipientServiceId: true,
  paymentDueDate: true,
  paymentOrderedOn: true,
} satisfies Prisma.InvoiceSelect;

export const toReceivedRow = (row: Prisma.InvoiceGetPayload<{ select: typeof receivedRowSelect }>, modifiable: ReceivedScope[] = []) => ({
  ...toSentInvoiceRow(row),
  recipientName: row.recipientStructure?.raisonSociale ?? "",
  service: row.recipientService ? `${row.recipientService.code} - ${row.recipientService.libelle}` : "",
  invoiceDate: row.invoiceDate,
  statusChangedAt: row.statusChangedAt,
  /** « Échéance »: the due day and the days left or late (docs/payment-delays.md); empty without a délai. */
  paymentDeadline: paymentDeadlineShort(
    row.paymentDueDate
      ? paymentDeadline({ status: row.status, dueDay: dayOfDateColumn(row.paymentDueDate), paidDay: row.paymentOrderedOn ? dayOfDateColumn(row.paymentOrderedOn) : null, today: parisDay(new Date()) })
      : null,
  ),
  /** The user may process it (modification of « Factures reçues » for its structure and service), not only read it. */
  mayModify: withinScopes(modifiable, row),
});

export type ReceivedInvoiceRow = ReturnType<typeof toReceivedRow>;

/**
 * The user's reach in "Factures reçues" (what they read, what they process: one read of their rattachements) and the list's condition with these
 * criteria; `where` is null when the user reaches no structure (nothing to read).
 */
export async function receivedListQuery(userId: string, filters: ReceivedInvoiceFilters) {
  const { scopes, modifiable } = await receivedReadAndModifyScopes(userId);
  const where: Prisma.InvoiceWhereInput | null = scopes.length === 0 ? null : { AND: [receivedInvoiceWhere(scopes), ...receivedFiltersWhere(filters)] };
  return { scopes, where, modifiable };
}
