// One page of an invoice list ("Factures à traiter", "Rechercher", "Factures reçues", "Factures à valider"): its rows
// and the count of all the list's invoices, read together, with what the pagination needs.
import type { Invoice, Prisma } from "@/generated/prisma/client.ts";
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
  /** The list's total when the caller has a cheaper way to it than counting the rows (kept counts); by default, counted. */
  count?: () => Promise<number>;
};

/** The invoices of page `page` (counted from 1) in that order, each mapped to the list's row, and the total. */
export async function readInvoicePage<Select extends Prisma.InvoiceSelect, Row>(
  { where, orderBy, page, pageSize, select, count }: PageQuery<Select>,
  toRow: (invoice: Prisma.InvoiceGetPayload<{ select: Select }>) => Row,
): Promise<InvoiceListPage<Row>> {
  const [invoices, total] = await Promise.all([db.invoice.findMany({ where, orderBy, skip: (page - 1) * pageSize, take: pageSize, select }), count ? count() : db.invoice.count({ where })]);
  return { invoices: invoices.map(toRow), total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** A page of a list read by cursor (the API): its rows and the cursor of the next page, null on the last one. */
export type InvoiceCursorPage<Row> = { invoices: Row[]; nextCursor: string | null };

type CursorQuery<Select extends Prisma.InvoiceSelect> = Omit<PageQuery<Select>, "page" | "orderBy" | "count"> & {
  orderBy: Prisma.InvoiceOrderByWithRelationInput[];
  /** The list the cursor belongs to ("factures-fournisseur"…): a cursor of another list is refused. */
  list: string;
  /** The cursor given back by the previous page; none for the first. */
  cursor?: string | null;
};

/** The invoice's columns that may be null: the compiler holds this list to the schema (every one, and only those). */
type NullableColumn = { [K in keyof Invoice]-?: null extends Invoice[K] ? K : never }[keyof Invoice];
const NULLABLE: Record<NullableColumn, true> = {
  supplierServiceId: true,
  recipientStructureId: true,
  recipientServiceId: true,
  validatorStructureId: true,
  validationDeadline: true,
  exemptionReason: true,
  marketNumber: true,
  engagementNumber: true,
  originalInvoiceNumber: true,
  originalInvoiceId: true,
  invoiceNumber: true,
  sentNumber: true,
  invoiceDate: true,
  bankAccountId: true,
  iban: true,
  bic: true,
  factor: true,
  comment: true,
  sentAt: true,
  receivedAt: true,
  rejectionHandledAt: true,
  rejectionHandledById: true,
  originalSha256: true,
  depositFluxId: true,
  paymentDelayDays: true,
  paymentDueDate: true,
  paymentOrderedOn: true,
  latePaymentDays: true,
  latePaymentRate: true,
  latePaymentInterest: true,
  recoveryIndemnity: true,
};
const isNullable = (field: string) => Object.hasOwn(NULLABLE, field);

/** The invoice's enum columns (held to the schema likewise): Prisma filters them by equality only, not by order. */
type EnumColumn = { [K in keyof Invoice]-?: NonNullable<Invoice[K]> extends string ? (string extends NonNullable<Invoice[K]> ? never : K) : never }[keyof Invoice];
const ENUMS: Record<EnumColumn, true> = { depositMode: true, cadre: true, type: true, vatRegime: true, paymentMode: true, status: true };

/** A column of the order, with where PostgreSQL puts its nulls (by default: last ascending, first descending). */
type SortKey = { field: string; direction: "asc" | "desc"; nullsLast: boolean };

/** The order's columns when they are all the invoice's own and not enums (otherwise null: Prisma's cursor), each once. */
function sortKeys(orderBy: Prisma.InvoiceOrderByWithRelationInput[]): SortKey[] | null {
  const keys: SortKey[] = [];
  for (const entry of orderBy) {
    const pairs = Object.entries(entry);
    if (pairs.length !== 1) return null;
    const [field, value] = pairs[0] as [string, unknown];
    let key: SortKey;
    if (value === "asc" || value === "desc") key = { field, direction: value, nullsLast: value === "asc" };
    else if (typeof value === "object" && value !== null && "sort" in value) {
      const { sort, nulls } = value as Prisma.SortOrderInput;
      key = { field, direction: sort, nullsLast: nulls ? nulls === "last" : sort === "asc" };
    } else return null;
    if (Object.hasOwn(ENUMS, field)) return null;
    if (!keys.some((known) => known.field === key.field)) keys.push(key);
  }
  return keys;
}

/**
 * The rows after the cursor's row in that order, as a filter PostgreSQL reads at once: one branch per column, the
 * columns before it equal to the cursor's. (Prisma's own cursor repeats a sub-select of the cursor's row for each
 * nullable column, which the planner cannot use: ten times slower on a structure of 100,000 invoices.)
 */
function afterRow(keys: SortKey[], row: Record<string, unknown>): Prisma.InvoiceWhereInput {
  const branches: Prisma.InvoiceWhereInput[] = [];
  const equal: Prisma.InvoiceWhereInput[] = [];
  for (const { field, direction, nullsLast } of keys) {
    const value = row[field];
    const later: Prisma.InvoiceWhereInput[] =
      value === null
        ? nullsLast
          ? []
          : [{ [field]: { not: null } }]
        : [{ [field]: { [direction === "desc" ? "lt" : "gt"]: value } }, ...(nullsLast && isNullable(field) ? [{ [field]: null }] : [])];
    for (const condition of later) branches.push({ AND: [...equal, condition] });
    equal.push({ [field]: value });
  }
  return { OR: branches };
}

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
  const direction: Prisma.SortOrder = last ? (Object.values(last)[0] === "asc" ? "asc" : "desc") : "desc";
  const order: Prisma.InvoiceOrderByWithRelationInput[] = [...orderBy, { id: direction }];
  const keys = after ? sortKeys(order) : null;
  const cursorRow = after && keys ? await db.invoice.findUnique({ where: { id: after }, select: Object.fromEntries(keys.map((key) => [key.field, true])) }) : null;
  const rows = await db.invoice.findMany({
    where: cursorRow && keys ? { AND: [where, afterRow(keys, cursorRow)] } : where,
    orderBy: order,
    // An order on a relation's column (or a cursor whose row is gone): Prisma's own cursor.
    ...(after && !cursorRow ? { cursor: { id: after }, skip: 1 } : {}),
    take: pageSize + 1,
    select,
  });
  const more = rows.length > pageSize;
  const page = more ? rows.slice(0, pageSize) : rows;
  const lastId = (page.at(-1) as { id: string } | undefined)?.id;
  return { invoices: page.map(toRow), nextCursor: more && lastId ? sealCursor(list, lastId) : null };
}
