// Factures reçues read whole, for the CSV export and the ZIP downloads: the list's row with the amounts, the dates
// and the current motif, read page after page by keyset (readInvoiceCursorPage: each page starts after the last row of
// the previous one, so a deep page costs what the first does and memory holds one page, never the result).
import type { Prisma } from "@/generated/prisma/client.ts";
import { readInvoiceCursorPage } from "@/features/invoices/common/index.ts";
import type { ReceivedCsvRow } from "../rules/received-csv.ts";
import { receivedRowSelect, toReceivedRow } from "./received-list.ts";

/** The cursor's list name: the export's own, so that no API cursor is taken for it. */
const EXPORT_LIST = "factures-recues-export";
export const EXPORT_PAGE_SIZE = 1000;

export const receivedExportSelect = {
  ...receivedRowSelect,
  totalNet: true,
  totalVat: true,
  amountDue: true,
  receivedAt: true,
  // The latest history row with a motif: the current état's when their statuses agree.
  history: { where: { motif: { not: null } }, orderBy: { createdAt: "desc" }, take: 1, select: { status: true, motif: true } },
} satisfies Prisma.InvoiceSelect;

export type ReceivedExportRow = ReceivedCsvRow & { id: string };

export const toReceivedExportRow = (row: Prisma.InvoiceGetPayload<{ select: typeof receivedExportSelect }>): ReceivedExportRow => {
  const [latest] = row.history;
  return {
    ...toReceivedRow(row),
    totalNet: row.totalNet.toFixed(2),
    totalVat: row.totalVat.toFixed(2),
    amountDue: row.amountDue.toFixed(2),
    receivedAt: row.receivedAt,
    motif: latest?.status === row.status ? latest.motif : null,
  };
};

/** The rows of the query in its order, one keyset page at a time, at most `maxRows` (+ 1, to tell a cut export). */
export async function* receivedRowsByKeyset(query: { where: Prisma.InvoiceWhereInput; orderBy: Prisma.InvoiceOrderByWithRelationInput[] }, maxRows: number): AsyncGenerator<ReceivedExportRow> {
  let cursor: string | null = null;
  let read = 0;
  do {
    const page: { invoices: ReceivedExportRow[]; nextCursor: string | null } = await readInvoiceCursorPage(
      { ...query, pageSize: Math.min(EXPORT_PAGE_SIZE, maxRows + 1 - read), select: receivedExportSelect, list: EXPORT_LIST, cursor },
      toReceivedExportRow,
    );
    yield* page.invoices;
    read += page.invoices.length;
    cursor = page.nextCursor;
  } while (cursor && read <= maxRows);
}
