// A user of structure B reaches nothing of structure A's invoices: every use case answers NOT FOUND. A simple user
// without the espace "Factures émises" enters nothing.
import { describe, expect, it } from "vitest";
import { addInvoiceAttachment } from "@/features/invoices/entry/use-cases/add-invoice-attachment.ts";
import { deleteInvoiceAttachment } from "@/features/invoices/entry/use-cases/delete-invoice-attachment.ts";
import { deleteInvoiceDraft } from "@/features/invoices/entry/use-cases/delete-invoice-draft.ts";
import { duplicateInvoice } from "@/features/invoices/entry/use-cases/duplicate-invoice.ts";
import { getInvoiceAttachment } from "@/features/invoices/entry/use-cases/get-invoice-attachment.ts";
import { getInvoiceDocument } from "@/features/invoices/entry/use-cases/get-invoice-document.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { listSupplierInvoices } from "@/features/invoices/entry/use-cases/list-supplier-invoices.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { db } from "@/server/db.ts";
import { attach, createInvoiceRecipients, createInvoiceSupplier, createUser } from "../../factories.ts";

describe("invoices of another structure", () => {
  it("can be neither listed, read, edited, sent, deleted, duplicated nor downloaded", async () => {
    const a = await createInvoiceSupplier();
    const b = await createInvoiceSupplier();
    const { brest, brestService } = await createInvoiceRecipients();
    const invoiceOf = (structureId: string, overrides: Partial<InvoiceFormInput> = {}): InvoiceFormInput => ({
      supplierStructureId: structureId,
      recipientStructureId: brest.id,
      recipientServiceId: brestService.id,
      cadre: "A1",
      type: "FACTURE",
      vatRegime: "DEBITS",
      paymentMode: "VIREMENT",
      engagementNumber: "BM124",
      invoiceNumber: "F-A-1",
      invoiceDate: "2026-03-02",
      lines: [{ denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5.5" }],
      ...overrides,
    });
    const sent = await sendInvoice({ userId: a.principal.id, input: invoiceOf(a.structure.id) });
    const draft = await saveInvoiceDraft({ userId: a.principal.id, input: invoiceOf(a.structure.id, { invoiceNumber: "" }) });
    const attachment = await addInvoiceAttachment({ userId: a.principal.id, invoiceId: draft.invoiceId, attachment: { type: "Autre", designation: "Note", file: { name: "n.txt", content: new TextEncoder().encode("note") } } });

    const intruder = b.principal.id;
    const notFound = { code: "NOT_FOUND" };
    expect((await listSupplierInvoices({ userId: intruder })).total).toBe(0);
    await expect(listSupplierInvoices({ userId: intruder, query: { structureId: a.structure.id } })).rejects.toMatchObject(notFound);
    for (const invoiceId of [sent.invoiceId, draft.invoiceId]) {
      await expect(getInvoice({ userId: intruder, invoiceId })).rejects.toMatchObject(notFound);
      await expect(duplicateInvoice({ userId: intruder, invoiceId })).rejects.toMatchObject(notFound);
      await expect(deleteInvoiceDraft({ userId: intruder, invoiceId })).rejects.toMatchObject(notFound);
    }
    await expect(getInvoiceDocument({ userId: intruder, invoiceId: sent.invoiceId, kind: "FACTURX_PDF" })).rejects.toMatchObject(notFound);
    await expect(getInvoiceAttachment({ userId: intruder, invoiceId: draft.invoiceId, attachmentId: attachment.id })).rejects.toMatchObject(notFound);
    await expect(deleteInvoiceAttachment({ userId: intruder, invoiceId: draft.invoiceId, attachmentId: attachment.id })).rejects.toMatchObject(notFound);
    await expect(addInvoiceAttachment({ userId: intruder, invoiceId: draft.invoiceId, attachment: { type: "Autre", designation: "X", file: { name: "x.txt", content: new TextEncoder().encode("x") } } })).rejects.toMatchObject(notFound);
    // Entering for A, or moving A's draft to B, is refused too.
    await expect(saveInvoiceDraft({ userId: intruder, input: invoiceOf(a.structure.id) })).rejects.toMatchObject(notFound);
    await expect(saveInvoiceDraft({ userId: intruder, input: invoiceOf(b.structure.id, { invoiceId: draft.invoiceId }) })).rejects.toMatchObject(notFound);
    await expect(sendInvoice({ userId: intruder, input: invoiceOf(b.structure.id, { invoiceId: draft.invoiceId, invoiceNumber: "F-B" }) })).rejects.toMatchObject(notFound);
    // A's own user still sees everything as it was.
    expect((await getInvoice({ userId: a.principal.id, invoiceId: draft.invoiceId })).attachments).toHaveLength(1);
    expect((await listSupplierInvoices({ userId: a.principal.id })).total).toBe(2);
    expect(await db.invoice.count({ where: { supplierStructureId: b.structure.id } })).toBe(0);
    expect((await getInvoiceDocument({ userId: a.principal.id, invoiceId: sent.invoiceId, kind: "FACTURX_PDF" })).fileName).toBe("F-A-1.pdf");
  });

  it("are out of reach of a simple user of the structure without Factures émises", async () => {
    const a = await createInvoiceSupplier();
    const { brest, brestService } = await createInvoiceRecipients();
    const simple = await createUser();
    await attach(simple.id, a.structure.id, { espaces: ["SOLLICITATIONS_EMISES"] });
    const input: InvoiceFormInput = {
      supplierStructureId: a.structure.id,
      recipientStructureId: brest.id,
      recipientServiceId: brestService.id,
      cadre: "A1",
      type: "FACTURE",
      vatRegime: "DEBITS",
      paymentMode: "VIREMENT",
      invoiceDate: "2026-03-02",
      lines: [],
    };
    const draft = await saveInvoiceDraft({ userId: a.principal.id, input });
    await expect(saveInvoiceDraft({ userId: simple.id, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getInvoice({ userId: simple.id, invoiceId: draft.invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listSupplierInvoices({ userId: simple.id })).total).toBe(0);

    const granted = await createUser();
    await attach(granted.id, a.structure.id, { espaces: ["FACTURES_EMISES"] });
    expect((await listSupplierInvoices({ userId: granted.id })).total).toBe(1);
  });
});
