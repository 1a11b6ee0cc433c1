// Factures reçues read whole, for the CSV export and the ZIP downloads: the list's row with the amounts, the dates
// and the current motif, read page after page by keyset (readInvoiceCursorPage: each page starts after the last row of
// the previous one, so a deep page costs what the first does and memory holds one page, never the result).
// Two queries a page: the page's ids by the list's own condition and order (the one `where` of Factures reçues, so the
// export lists exactly what the list shows), then only the exported columns of those ids in one SQL query, the motif
// by a lateral join on the history's (invoice_id, created_at) index. Reading the columns through Prisma's relations
// (JSON built per row for the supplier, the recipient, the service and the history) cost 0.9 ms an invoice: 9 s for
// 10,000 (npm run bench:tracking).
import type { Prisma } from "@/generated/prisma/client.ts";
import type { InvoiceStatus, InvoiceType } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { readInvoiceCursorPage } from "@/features/invoices/common/index.ts";
import type { ReceivedCsvRow } from "../rules/received-csv.ts";

/** The cursor's list name: the export's own, so that no API cursor is taken for it. */
const EXPORT_LIST = "factures-recues-export";
export const EXPORT_PAGE_SIZE = 1000;

export type ReceivedExportRow = ReceivedCsvRow & { id: string };

type ExportColumns = {
  id: string;
  type: InvoiceType;
  number: string | null;
  supplierName: string;
  supplierIdentifier: string;
  invoiceDate: Date | null;
  depositDate: Date | null;
  receivedAt: Date | null;
  recipientName: string | null;
  serviceCode: string | null;
  serviceLabel: string | null;
  status: InvoiceStatus;
  statusChangedAt: Date;
  motif: string | null;
  totalNet: string;
  totalVat: string;
  totalGross: string;
  amountDue: string;
  currency: string;
};

/**
 * The exported columns of these invoices, in the order of `ids`. The motif is the latest history row's with one, when
 * it is the current état's (a motif of an earlier état is not the current one). Amounts as decimal strings (2 places).
 */
async function exportColumnsOf(ids: string[]): Promise<ReceivedExportRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<ExportColumns[]>`
    SELECT i.id, i.type::text AS type, i.sent_number AS number, s.raison_sociale AS "supplierName", s.identifier AS "supplierIdentifier",
      i.invoice_date AS "invoiceDate", i.sent_at AS "depositDate", i.received_at AS "receivedAt",
      r.raison_sociale AS "recipientName", sv.code AS "serviceCode", sv.libelle AS "serviceLabel",
      i.status::text AS status, i.status_changed_at AS "statusChangedAt",
      CASE WHEN m.status = i.status THEN m.motif END AS motif,
      round(i.total_net, 2)::text AS "totalNet", round(i.total_vat, 2)::text AS "totalVat",
      round(i.total_gross, 2)::text AS "totalGross", round(i.amount_due, 2)::text AS "amountDue", i.currency
    FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS page(id, position)
    JOIN invoices i ON i.id = page.id
    JOIN structures s ON s.id = i.supplier_structure_id
    LEFT JOIN structures r ON r.id = i.recipient_structure_id
    LEFT JOIN services sv ON sv.id = i.recipient_service_id
    LEFT JOIN LATERAL (
      SELECT h.status, h.motif FROM invoice_history h
      WHERE h.invoice_id = i.id AND h.motif IS NOT NULL
      ORDER BY h.created_at DESC LIMIT 1
    ) m ON true
    ORDER BY page.position`;
  return rows.map(({ number, recipientName, serviceCode, serviceLabel, ...row }) => ({
    ...row,
    number: number ?? "",
    recipientName: recipientName ?? "",
    service: serviceCode ? `${serviceCode} - ${serviceLabel}` : "",
  }));
}

/** The rows of the query in its order, one keyset page at a time, at most `maxRows` (+ 1, to tell a cut export). */
export async function* receivedRowsByKeyset(query: { where: Prisma.InvoiceWhereInput; orderBy: Prisma.InvoiceOrderByWithRelationInput[] }, maxRows: number): AsyncGenerator<ReceivedExportRow> {
  let cursor: string | null = null;
  let read = 0;
  do {
    const page: { invoices: string[]; nextCursor: string | null } = await readInvoiceCursorPage(
      { ...query, pageSize: Math.min(EXPORT_PAGE_SIZE, maxRows + 1 - read), select: { id: true }, list: EXPORT_LIST, cursor },
      (row) => row.id,
    );
    yield* await exportColumnsOf(page.invoices);
    read += page.invoices.length;
    cursor = page.nextCursor;
  } while (cursor && read <= maxRows);
}
