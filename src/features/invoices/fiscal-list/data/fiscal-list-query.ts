// The « Liste fiscale » as a query: the structure (one of the user's, read in "Factures émises"), its billing mandates,
// and its invoices the portal issued in the period (sent, with the Factur-X PDF the portal wrote and kept: a
// structured file deposited is the supplier's own invoice, not issued under the mandate), oldest first, as rows.
import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { invoiceTotals, InvoiceRulesError, supplierScope } from "@/features/invoices/common/index.ts";
import { parisDayEnd, parisDayStart } from "@/lib/paris-day.ts";
import { fiscalListCriteriaSchema, type FiscalListCriteriaInput } from "../schemas.ts";
import { periodOf, type FiscalPeriod } from "../rules/fiscal-period.ts";
import { issuingMandate, type MandateSpan } from "../rules/issuing-mandate.ts";
import { signedAmounts } from "../rules/fiscal-totals.ts";
import type { FiscalListRow } from "../rules/fiscal-list-row.ts";

export function fiscalListWhere(structureId: string, period: FiscalPeriod): Prisma.InvoiceWhereInput {
  return {
    supplierStructureId: structureId,
    status: { not: "BROUILLON" },
    sentAt: { gte: parisDayStart(period.from), lt: parisDayEnd(period.to) },
    documents: { some: { kind: "FACTURX_PDF" } },
  };
}

const rowSelect = {
  id: true,
  sentNumber: true,
  invoiceDate: true,
  sentAt: true,
  type: true,
  cadre: true,
  currency: true,
  totalNet: true,
  totalVat: true,
  totalGross: true,
  recipientStructure: { select: { raisonSociale: true, identifier: true } },
  lines: { select: { quantity: true, unitPriceNet: true, discountNet: true, vatRate: true }, orderBy: { position: "asc" } },
  documents: { where: { kind: "FACTURX_PDF" }, select: { sha256: true } },
} satisfies Prisma.InvoiceSelect;

type RowRead = Prisma.InvoiceGetPayload<{ select: typeof rowSelect }>;

function toRow(invoice: RowRead, mandates: readonly MandateSpan[]): FiscalListRow {
  const sentAt = invoice.sentAt!;
  const { vatRecap } = invoiceTotals({
    cadre: invoice.cadre,
    lines: invoice.lines.map((line) => ({ quantity: line.quantity.toString(), unitPriceNet: line.unitPriceNet.toString(), discountNet: line.discountNet.toString(), vatRate: line.vatRate.toString() })),
  });
  const amounts = signedAmounts(invoice.type, { totalNet: invoice.totalNet.toFixed(2), totalVat: invoice.totalVat.toFixed(2), totalGross: invoice.totalGross.toFixed(2), vatRecap });
  const mandate = issuingMandate(mandates, sentAt);
  return {
    ...amounts,
    invoiceId: invoice.id,
    number: invoice.sentNumber ?? "",
    invoiceDate: invoice.invoiceDate,
    sentAt,
    recipientName: invoice.recipientStructure?.raisonSociale ?? "",
    recipientIdentifier: invoice.recipientStructure?.identifier ?? "",
    type: invoice.type,
    currency: invoice.currency,
    mandate: mandate ? { id: mandate.id, libelle: mandate.libelle } : null,
    sha256: invoice.documents[0]?.sha256 ?? "",
  };
}

export type PreparedFiscalList = Awaited<ReturnType<typeof prepareFiscalList>>;

/**
 * The criteria checked by the one schema (every refusal at once, on its field), the structure (NOT_FOUND unless the
 * user reads its "Factures émises"), its supplier identity and signed mandates, the count and a reader of pages.
 */
export async function prepareFiscalList(userId: string, input: FiscalListCriteriaInput | Record<string, unknown>) {
  const parsed = fiscalListCriteriaSchema.safeParse(input);
  if (!parsed.success) throw InvoiceRulesError.fromZod(parsed.error);
  const criteria = parsed.data;
  const [structureId] = await supplierScope(db, userId, criteria.structure);
  const period = periodOf(criteria);
  const where = fiscalListWhere(structureId, period);
  const [supplier, mandates, count] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: structureId }, select: { id: true, raisonSociale: true, identifier: true } }),
    db.mandate.findMany({ where: { structureId, signedAt: { not: null } }, orderBy: { signedAt: "asc" }, select: { id: true, libelle: true, status: true, signedAt: true, revokedAt: true } }),
    db.invoice.count({ where }),
  ]);
  const readPage = async (skip: number, take: number) =>
    (await db.invoice.findMany({ where, orderBy: [{ sentAt: "asc" }, { id: "asc" }], skip, take, select: rowSelect })).map((invoice) => toRow(invoice, mandates));
  return { criteria, period, supplier, mandates, count, readPage };
}
