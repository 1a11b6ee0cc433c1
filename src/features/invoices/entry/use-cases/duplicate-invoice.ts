import { db } from "@/server/db.ts";
import { invoicePayee, payableAccount } from "@/features/invoices/common/index.ts";
import { requireInvoiceEntry } from "@/features/invoices/common/index.ts";
import { lockInvoice, nextTemporaryNumber } from "@/features/invoices/common/index.ts";
import type { SavedDraft } from "../data/draft-writes.ts";

/**
 * "Dupliquer": a new draft with a new temporary number and the same content (header, lines, amounts), without
 * the invoice number (to be given anew) nor the attachments; the same payee account while it is still active
 * (its IBAN and BIC as they are now), the structure's default account otherwise.
 */
export async function duplicateInvoice({ userId, invoiceId, now = new Date() }: { userId: string; invoiceId: string; now?: Date }): Promise<SavedDraft> {
  return db.$transaction(async (tx) => {
    await lockInvoice(tx, userId, invoiceId);
    const source = await tx.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { lines: { orderBy: { position: "asc" } } },
    });
    const account = (source.bankAccountId ? await payableAccount(tx, source.supplierStructureId, source.bankAccountId) : null) ?? (await invoicePayee(tx, source.supplierStructureId, null));
    await requireInvoiceEntry(tx, userId, source.supplierStructureId);
    const temporaryNumber = await nextTemporaryNumber(tx, now);
    const created = await tx.invoice.create({
      data: {
        supplierStructureId: source.supplierStructureId,
        supplierServiceId: source.supplierServiceId,
        recipientStructureId: source.recipientStructureId,
        recipientServiceId: source.recipientServiceId,
        createdById: userId,
        cadre: source.cadre,
        validatorStructureId: source.validatorStructureId,
        currency: source.currency,
        type: source.type,
        vatRegime: source.vatRegime,
        exemptionReason: source.exemptionReason,
        marketNumber: source.marketNumber,
        engagementNumber: source.engagementNumber,
        originalInvoiceNumber: source.originalInvoiceNumber,
        paymentMode: source.paymentMode,
        invoiceDate: source.invoiceDate,
        bankAccountId: account?.id ?? null,
        iban: account?.iban ?? null,
        bic: account?.bic ?? null,
        factor: source.factor,
        comment: source.comment,
        totalNet: source.totalNet,
        totalVat: source.totalVat,
        totalGross: source.totalGross,
        globalDiscountGross: source.globalDiscountGross,
        // The deducted down payments are not copied (one final invoice deducts them): nothing is deducted yet.
        amountDue: source.cadre === "A2" ? source.amountDue : source.totalGross,
        temporaryNumber,
        statusChangedAt: now,
      },
      select: { id: true },
    });
    await tx.invoiceLine.createMany({
      data: source.lines.map(({ id: _id, invoiceId: _invoiceId, ...line }) => ({ ...line, invoiceId: created.id })),
    });
    return { invoiceId: created.id, temporaryNumber };
  });
}
