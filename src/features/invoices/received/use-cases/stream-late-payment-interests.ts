import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { dayOfDateColumn, paymentDelaySelect, receivedInvoiceWhere, receivedScopes } from "@/features/invoices/common/index.ts";
import { latePaymentWhere } from "../data/payment-deadlines.ts";
import { LATE_PAYMENT_EXPORT_MAX_ROWS, type LatePaymentRow } from "../rules/late-payment-csv.ts";

const PAGE = 500;

const select = {
  id: true,
  sentNumber: true,
  invoiceNumber: true,
  temporaryNumber: true,
  currency: true,
  amountDue: true,
  receivedAt: true,
  ...paymentDelaySelect,
  supplierStructure: { select: { raisonSociale: true, identifier: true } },
} satisfies Prisma.InvoiceSelect;

const toRow = (invoice: Prisma.InvoiceGetPayload<{ select: typeof select }>): LatePaymentRow => ({
  id: invoice.id,
  number: invoice.sentNumber ?? invoice.invoiceNumber ?? invoice.temporaryNumber,
  supplierName: invoice.supplierStructure.raisonSociale,
  supplierIdentifier: invoice.supplierStructure.identifier,
  amountDue: invoice.amountDue.toFixed(2),
  currency: invoice.currency,
  receivedAt: invoice.receivedAt,
  dueDay: invoice.paymentDueDate ? dayOfDateColumn(invoice.paymentDueDate) : "",
  paidDay: invoice.paymentOrderedOn ? dayOfDateColumn(invoice.paymentOrderedOn) : "",
  daysLate: invoice.latePaymentDays ?? 0,
  rate: invoice.latePaymentRate?.toFixed(2) ?? "",
  interest: invoice.latePaymentInterest?.toFixed(2) ?? "",
  indemnity: invoice.recoveryIndemnity?.toFixed(2) ?? "",
});

async function* none(): AsyncGenerator<LatePaymentRow> {}

async function* pages(where: Prisma.InvoiceWhereInput, maxRows: number): AsyncGenerator<LatePaymentRow> {
  let after: { day: Date; id: string } | null = null;
  let sent = 0;
  while (sent <= maxRows) {
    const cursor: Prisma.InvoiceWhereInput[] = after
      ? [{ OR: [{ paymentOrderedOn: { gt: after.day } }, { paymentOrderedOn: after.day, id: { gt: after.id } }] }]
      : [];
    const batch = await db.invoice.findMany({ where: { AND: [where, ...cursor] }, orderBy: [{ paymentOrderedOn: "asc" }, { id: "asc" }], take: Math.min(PAGE, maxRows + 1 - sent), select });
    for (const invoice of batch) yield toRow(invoice);
    sent += batch.length;
    const last = batch.at(-1);
    if (!last?.paymentOrderedOn || batch.length < PAGE) return;
    after = { day: last.paymentOrderedOn, id: last.id };
  }
}

/**
 * « Intérêts moratoires (CSV) » of Factures reçues: the invoices the user reads there that were mises en paiement
 * after their due day (optionally within a period of mise en paiement), oldest first, with the interest and the
 * indemnity the buyer owes. The reach is read now, before any byte is sent; the rows one keyset page at a time as the
 * file is written, at most LATE_PAYMENT_EXPORT_MAX_ROWS + 1 (the extra one tells the writer it was cut).
 */
export async function streamLatePaymentInterests({ userId, period = {} }: { userId: string; period?: { from?: string; to?: string } }): Promise<AsyncIterable<LatePaymentRow>> {
  const scopes = await receivedScopes(db, userId);
  if (scopes.length === 0) return none();
  return pages({ AND: [receivedInvoiceWhere(scopes), latePaymentWhere(period)] }, LATE_PAYMENT_EXPORT_MAX_ROWS);
}
