// One page of an invoice list ("Factures à traiter", "Rechercher", "Factures reçues", "Factures à valider"): its rows
// and the count of all the list's invoices, read together, with what the pagination needs.
import type { Prisma } from "@/generated/prisma/client.ts";
import { openCursor, sealCursor } from "@/server/cursors.ts";
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

/** A page of a list read by cursor (the API): its rows and the cursor of the next page, null on the last one. */
export type InvoiceCursorPage<Row> = { invoices: Row[]; nextCursor: string | null };

type CursorQuery<Select extends Prisma.InvoiceSelect> = Omit<PageQuery<Select>, "page" | "orderBy"> & {
  orderBy: Prisma.InvoiceOrderByWithRelationInput[];
  /** The list the cursor belongs to ("factures-fournisseur"…): a cursor of another list is refused. */
  list: string;
  /** The cursor given back by the previous page; none for the first. */
  cursor?: string | null;
};

/**
 * The invoices after the cursor in that order (keyset: the id breaks ties, so no row is skipped nor repeated while
 * rows are added), without counting the whole list — a deep page costs what the first does.
 */
export async function readInvoiceCursorPage<Select extends Prisma.InvoiceSelect & { id: true }, Row>(
  { where, orderBy, pageSize, select, list, cursor }: CursorQuery<Select>,
  toRow: (invoice: Prisma.InvoiceGetPayload<{ select: Select }>) => Row,
): Promise<InvoiceCursorPage<Row>> {
  const after = cursor ? openCursor(list, cursor) : null;
  const last = orderBy.at(-1);
  const direction = last ? (Object.values(last)[0] === "asc" ? "asc" : "desc") : "desc";
  const rows = await db.invoice.findMany({
    where,
    orderBy: [...orderBy, { id: direction }],
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    take: pageSize + 1,
    select,
  });
  const more = rows.length > pageSize;
  const page = more ? rows.slice(0, pageSize) : rows;
  const lastId = (page.at(-1) as { id: string } | undefined)?.id;
  return { invoices: page.map(toRow), nextCursor: more && lastId ? sealCursor(list, lastId) : null };
}
