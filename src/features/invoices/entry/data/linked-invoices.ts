// The invoices an invoice names, read among the supplier's own (another structure's is "introuvable"): the one
// an avoir corrects, the down payments a final invoice deducts; checked by the entry's rules, then written with
// the draft. Sending locks the down payments first, so two final invoices sent at once cannot both deduct one.
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { InvoiceRulesError, canDeductDownPayments, type DeductedDownPayment, type InvoiceFormValues } from "@/features/invoices/common/index.ts";
import { downPaymentErrors, originalInvoiceError } from "../rules/linked-invoices.ts";

type Client = Tx | typeof db;

export type LinkedInvoices = {
  originalInvoice: { id: string; number: string; issueDate?: string } | null;
  downPayments: DeductedDownPayment[];
};

export const NO_LINKED_INVOICES: LinkedInvoices = { originalInvoice: null, downPayments: [] };

const day = (date: Date | null) => date?.toISOString().slice(0, 10);

/** The other SENT final invoices deducting a down payment (the current one aside: its own draft links do not count). */
export const otherSentDeductions = (currentInvoiceId: string | undefined) => ({
  where: { ...(currentInvoiceId ? { finalInvoiceId: { not: currentInvoiceId } } : {}), finalInvoice: { sentNumber: { not: null } } },
  select: { finalInvoice: { select: { sentNumber: true } } },
});

/** Locks the down payments a final invoice is about to deduct (in id order, so that two sends never deadlock). */
export async function lockDownPayments(tx: Tx, invoice: InvoiceFormValues) {
  if (!canDeductDownPayments(invoice) || invoice.downPaymentInvoiceIds.length === 0) return;
  const ids = [...invoice.downPaymentInvoiceIds].sort();
  await tx.$queryRaw`SELECT id FROM invoices WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
}

/** The linked invoices of the form, checked; every refusal on its field. */
export async function checkLinkedInvoices(client: Client, invoice: InvoiceFormValues, recipientStructureId: string | null): Promise<LinkedInvoices> {
  const errors: Record<string, string> = {};
  let originalInvoice: LinkedInvoices["originalInvoice"] = null;
  if (invoice.type === "AVOIR" && invoice.originalInvoiceId) {
    const found = await client.invoice.findFirst({
      where: { id: invoice.originalInvoiceId, supplierStructureId: invoice.supplierStructureId },
      select: { id: true, sentNumber: true, type: true, recipientStructureId: true, invoiceDate: true },
    });
    const error = originalInvoiceError(found, recipientStructureId);
    if (error) errors.originalInvoiceId = error;
    else if (found?.sentNumber) originalInvoice = { id: found.id, number: found.sentNumber, issueDate: day(found.invoiceDate) };
  }

  let downPayments: DeductedDownPayment[] = [];
  if (canDeductDownPayments(invoice) && invoice.downPaymentInvoiceIds.length > 0) {
    const found = await client.invoice.findMany({
      where: { id: { in: invoice.downPaymentInvoiceIds }, supplierStructureId: invoice.supplierStructureId },
      select: {
        id: true,
        sentNumber: true,
        type: true,
        status: true,
        recipientStructureId: true,
        currency: true,
        totalGross: true,
        invoiceDate: true,
        deductedBy: otherSentDeductions(invoice.invoiceId),
      },
    });
    const candidates = found.map((row) => ({ ...row, deductedByNumbers: row.deductedBy.flatMap((link) => link.finalInvoice.sentNumber ?? []) }));
    const error = downPaymentErrors(invoice.downPaymentInvoiceIds, candidates, { recipientStructureId, currency: invoice.currency });
    if (error) errors.downPaymentInvoiceIds = error;
    const byId = new Map(found.map((row) => [row.id, row]));
    // In the order they were issued (then by number), as the invoice page lists them, whatever order they were ticked in.
    downPayments = invoice.downPaymentInvoiceIds
      .flatMap((id) => {
        const row = byId.get(id);
        return row?.sentNumber ? [{ id, number: row.sentNumber, issueDate: day(row.invoiceDate), totalGross: row.totalGross.toFixed(2) }] : [];
      })
      .sort((a, b) => (a.issueDate ?? "").localeCompare(b.issueDate ?? "") || a.number.localeCompare(b.number));
  }
  if (Object.keys(errors).length > 0) throw new InvoiceRulesError(errors);
  return { originalInvoice, downPayments };
}

/** Replaces the draft's deducted down payments with those of the form. */
export async function writeDownPaymentLinks(tx: Tx, invoiceId: string, linked: LinkedInvoices, hasLinks = true) {
  // `hasLinks` false: the invoice is known to deduct none yet (just created, or so read under its lock).
  if (hasLinks) await tx.invoiceDownPaymentDeduction.deleteMany({ where: { finalInvoiceId: invoiceId } });
  if (linked.downPayments.length === 0) return;
  await tx.invoiceDownPaymentDeduction.createMany({ data: linked.downPayments.map((downPayment) => ({ finalInvoiceId: invoiceId, downPaymentInvoiceId: downPayment.id })) });
}
