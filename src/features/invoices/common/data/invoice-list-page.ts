// One page of an invoice list ("Factures à traiter", "Rechercher", "Factures reçues", "Factures à valider"): its rows
// and the count of all the list's invoices, read together, with what the pagination needs.
import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";

export type InvoiceListPage<Row> = { invoices: Row[]; total: number; page: number; pageSize: number; pageCount: number };

/** The page asked for as a whole number, the first one when none (or less) is asked. */
export const pageNumber = (page: number | undefined) => Math.max(1, Math.trunc(page ?? 1));

/** The list of a user who reaches no structure: nothing to read, one empty page. */
export const emptyInvoicePage = <Row>(pageSize: number, page = 1): InvoiceListPage<Row> => ({ invoices: [], total: 0, page, pageSize, pageCount: 1 });

type PageQuery<Select extends Prisma.InvoiceSelect> = {
  where: Prisma.InvoiceWhereInput;
  orderBy: Prisma.InvoiceOrderByWithRelationInput | Prisma.InvoiceOrderByWithRelationInput[];
  page: number;
  pageSize: number;
  select: Select;
};

/** The invoices of page `page` (counted from 1) in that order, each mapped to the list's row, and the total. */
export async function readInvoicePage<Select extends Prisma.InvoiceSelect, Row>(
  { where, orderBy, page, pageSize, select }: PageQuery<Select>,
  toRow: (invoice: Prisma.InvoiceGetPayload<{ select: Select }>) => Row,
): Promise<InvoiceListPage<Row>> {
  const [invoices, total] = await Promise.all([db.invoice.findMany({ where, orderBy, skip: (page - 1) * pageSize, take: pageSize, select }), db.invoice.count({ where })]);
  return { invoices: invoices.map(toRow), total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
