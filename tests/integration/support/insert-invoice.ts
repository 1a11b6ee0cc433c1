// Invoices written straight in the database, in the état the lifecycle would have left them, with their history:
// the deposit (or the submission to the holder of the contract) by the supplier's user, then the current état.
import { randomBytes } from "node:crypto";
import type { CadreFacturation, InvoiceStatus, InvoiceType } from "@/generated/prisma/enums.ts";
import { isReceivedStatus } from "@/features/invoices/common/rules/side-statuses.ts";
import { db } from "@/server/db.ts";

type Supplier = { structure: { id: string }; principal: { id: string } };

export type InvoiceFields = {
  number: string | null;
  status: InvoiceStatus;
  sentAt: Date | null;
  totalGross: string;
  recipientStructureId?: string;
  recipientServiceId?: string | null;
  engagementNumber?: string | null;
  cadre?: CadreFacturation;
  type?: InvoiceType;
  validatorStructureId?: string;
  /** Who set the current état (null: the platform). */
  historyActorId?: string | null;
  motif?: string;
};

export async function insertInvoice(supplier: Supplier, fields: InvoiceFields) {
  const temporaryNumber = `TMP2026${randomBytes(7).toString("hex").slice(0, 14)}`;
  const invoice = await db.invoice.create({
    data: {
      supplierStructureId: supplier.structure.id,
      recipientStructureId: fields.recipientStructureId,
      recipientServiceId: fields.recipientServiceId ?? null,
      engagementNumber: fields.engagementNumber ?? null,
      validatorStructureId: fields.validatorStructureId,
      createdById: supplier.principal.id,
      cadre: fields.cadre ?? "A1",
      type: fields.type ?? "FACTURE",
      invoiceNumber: fields.number,
      sentNumber: fields.sentAt ? fields.number : null,
      temporaryNumber,
      invoiceDate: new Date("2026-03-01"),
      totalNet: fields.totalGross,
      totalGross: fields.totalGross,
      amountDue: fields.totalGross,
      status: fields.status,
      statusChangedAt: fields.sentAt ?? new Date(),
      sentAt: fields.sentAt,
      // Past the routing: in its recipient's hands since its deposit (the tests do not need the exact moment).
      receivedAt: fields.sentAt && isReceivedStatus(fields.status) ? fields.sentAt : null,
    },
  });
  if (fields.sentAt) {
    const first: InvoiceStatus = fields.validatorStructureId ? "A_VALIDER_1" : "DEPOSEE";
    await db.invoiceHistory.create({
      data: { invoiceId: invoice.id, status: first, actorId: supplier.principal.id, actorStructureId: supplier.structure.id, createdAt: fields.sentAt },
    });
    if (fields.status !== first) {
      await db.invoiceHistory.create({
        data: { invoiceId: invoice.id, status: fields.status, actorId: fields.historyActorId ?? null, motif: fields.motif, createdAt: new Date(fields.sentAt.getTime() + 1000) },
      });
    }
  }
  return invoice;
}
