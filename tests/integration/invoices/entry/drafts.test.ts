// Drafts ("Enregistrer"): temporary numbers, content replaced on update, totals stored, duplicate, delete, attachments.
import { describe, expect, it } from "vitest";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { addInvoiceAttachment } from "@/features/invoices/entry/use-cases/add-invoice-attachment.ts";
import { deleteInvoiceAttachment } from "@/features/invoices/entry/use-cases/delete-invoice-attachment.ts";
import { deleteInvoiceDraft } from "@/features/invoices/entry/use-cases/delete-invoice-draft.ts";
import { duplicateInvoice } from "@/features/invoices/entry/use-cases/duplicate-invoice.ts";
import { getInvoiceAttachment } from "@/features/invoices/entry/use-cases/get-invoice-attachment.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { listSupplierInvoices } from "@/features/invoices/entry/use-cases/list-supplier-invoices.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { db } from "@/server/db.ts";
import { createInvoiceRecipients, createInvoiceSupplier } from "../../factories.ts";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

async function setUp() {
  const supplier = await createInvoiceSupplier();
  const { brest, brestService } = await createInvoiceRecipients();
  const draft = (overrides: Partial<InvoiceFormInput> = {}): InvoiceFormInput => ({
    supplierStructureId: supplier.structure.id,
    recipientStructureId: brest.id,
    recipientServiceId: brestService.id,
    cadre: "A1",
    type: "FACTURE",
    vatRegime: "DEBITS",
    paymentMode: "VIREMENT",
    invoiceDate: "2026-03-02",
    lines: [{ denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5.5" }],
    ...overrides,
  });
  return { ...supplier, userId: supplier.principal.id, draft };
}

describe("saveInvoiceDraft", () => {
  it("creates a BROUILLON with a TMP<year> number, the totals, each line's net and the supplier's bank details", async () => {
    const { userId, draft } = await setUp();
    const saved = await saveInvoiceDraft({ userId, input: draft() });
    expect(saved.temporaryNumber).toMatch(new RegExp(`^TMP${new Date().getFullYear()}\\d{14}$`));
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: saved.invoiceId }, include: { lines: true } });
    expect(invoice).toMatchObject({ status: "BROUILLON", iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX", sentNumber: null });
    expect([invoice.totalNet, invoice.totalVat, invoice.totalGross, invoice.amountDue].map((amount) => amount.toFixed(2))).toEqual(["8.00", "0.44", "8.44", "8.44"]);
    expect(invoice.lines.map((line) => [line.position, line.quantity.toString(), line.unit, line.lineNet.toFixed(2)])).toEqual([[1, "4", "KGM", "8.00"]]);
  });

  it("updates a draft: same number, lines replaced, amounts recomputed", async () => {
    const { userId, draft } = await setUp();
    const saved = await saveInvoiceDraft({ userId, input: draft() });
    const lines = [
      { denomination: "Poires", quantity: "1,5", unit: "KGM" as const, unitPriceNet: "3.333333", vatRate: "20" },
      { denomination: "Conseil", quantity: "2", unit: "HUR" as const, unitPriceNet: "100", discountNet: "10", vatRate: "20" },
    ];
    expect(await saveInvoiceDraft({ userId, input: draft({ invoiceId: saved.invoiceId, lines, invoiceNumber: "F-9" }) })).toEqual(saved);
    const detail = await getInvoice({ userId, invoiceId: saved.invoiceId });
    expect(detail.lines.map((line) => [line.position, line.denomination, line.lineNet])).toEqual([[1, "Poires", "5.00"], [2, "Conseil", "190.00"]]);
    expect(detail.totals).toMatchObject({ totalNet: "195.00", totalVat: "39.00", totalGross: "234.00" });
    expect(detail.form).toMatchObject({ invoiceNumber: "F-9", lines: [{ quantity: "1.5", unitPriceNet: "3.333333" }, { discountNet: "10.00" }] });
  });

  it("gives distinct, increasing temporary numbers to drafts saved at the same time", async () => {
    const { userId, draft } = await setUp();
    const saved = await Promise.all(Array.from({ length: 12 }, () => saveInvoiceDraft({ userId, input: draft() })));
    const numbers = saved.map((s) => s.temporaryNumber);
    expect(new Set(numbers).size).toBe(12);
    const sequence = numbers.map((n) => Number(n.slice(7))).sort((a, b) => a - b);
    expect(sequence[sequence.length - 1] - sequence[0]).toBe(11);
  });

  it("refuses a recipient that is not an active public structure, and a supplier service of another structure", async () => {
    const { userId, draft } = await setUp();
    const other = await createInvoiceSupplier();
    await expect(saveInvoiceDraft({ userId, input: draft({ recipientStructureId: other.structure.id, recipientServiceId: "" }) })).rejects.toMatchObject({
      fieldErrors: { recipientStructureId: "Ce destinataire n'est pas une structure publique active de l'annuaire." },
    });
    await expect(saveInvoiceDraft({ userId, input: draft({ supplierServiceId: other.defaultService.id }) })).rejects.toMatchObject({
      fieldErrors: { supplierServiceId: "Ce service n'appartient pas à votre structure ou n'est plus actif." },
    });
    expect(await db.invoice.count({ where: { supplierStructureId: other.structure.id } })).toBe(0);
  });
});

describe("duplicate, delete, list", () => {
  it("duplicates with a new number, no invoice number and no attachment; deletes drafts only", async () => {
    const { userId, draft, structure } = await setUp();
    const saved = await saveInvoiceDraft({ userId, input: draft({ invoiceNumber: "F-1", comment: "Livré" }) });
    await addInvoiceAttachment({ userId, invoiceId: saved.invoiceId, attachment: { type: "Bon de livraison", designation: "BL 1", file: { name: "bl.png", content: PNG } } });
    const copy = await duplicateInvoice({ userId, invoiceId: saved.invoiceId });
    expect(copy.temporaryNumber).not.toBe(saved.temporaryNumber);
    const duplicated = await getInvoice({ userId, invoiceId: copy.invoiceId });
    expect(duplicated).toMatchObject({ isDraft: true, form: { invoiceNumber: "", comment: "Livré" }, attachments: [], totals: { totalGross: "8.44" } });

    const list = await listSupplierInvoices({ userId, query: { structureId: structure.id, pageSize: 5 } });
    expect(list.total).toBe(2);
    expect(list.invoices[0]).toMatchObject({ id: copy.invoiceId, number: copy.temporaryNumber, status: "BROUILLON", recipientName: "BREST METROPOLE BUDGET PRINCIPAL", totalGross: "8.44" });

    await deleteInvoiceDraft({ userId, invoiceId: saved.invoiceId });
    expect(await db.invoice.count({ where: { id: saved.invoiceId } })).toBe(0);
    expect(await db.invoiceAttachment.count({ where: { invoiceId: saved.invoiceId } })).toBe(0);
  });
});

describe("attachments", () => {
  it("are typed from their content: a .pdf name with PNG bytes is a PNG", async () => {
    const { userId, draft } = await setUp();
    const { invoiceId } = await saveInvoiceDraft({ userId, input: draft() });
    const added = await addInvoiceAttachment({ userId, invoiceId, attachment: { type: "Pièce jointe complémentaire", designation: "Photo", file: { name: "facture.pdf", content: PNG } } });
    expect(added).toMatchObject({ fileName: "facture.png", extension: "png" });
    expect(await getInvoiceAttachment({ userId, invoiceId, attachmentId: added.id })).toMatchObject({ fileName: "facture.png", mimeType: "image/png" });
    await deleteInvoiceAttachment({ userId, invoiceId, attachmentId: added.id });
    expect(await db.invoiceAttachment.count({ where: { invoiceId } })).toBe(0);
  });

  it("refuse an executable, an empty file, a missing designation and too much in total, each on its field", async () => {
    const { userId, draft } = await setUp();
    const { invoiceId } = await saveInvoiceDraft({ userId, input: draft() });
    const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(60).fill(0)]);
    await expect(addInvoiceAttachment({ userId, invoiceId, attachment: { type: "Autre", designation: "Programme", file: { name: "devis.pdf", content: elf } } })).rejects.toMatchObject({
      field: "file",
      message: "Le contenu du fichier ne correspond à aucun type autorisé (PDF, images, XML, bureautique, texte).",
    });
    await expect(addInvoiceAttachment({ userId, invoiceId, attachment: { type: "Autre", designation: "Vide", file: { name: "vide.txt", content: new Uint8Array() } } })).rejects.toMatchObject({ field: "file" });
    await expect(addInvoiceAttachment({ userId, invoiceId, attachment: { type: "Autre", designation: "", file: { name: "a.txt", content: new TextEncoder().encode("a") } } })).rejects.toMatchObject({
      fieldErrors: { designation: "La désignation de la pièce jointe est obligatoire." },
    });
    const big = new Uint8Array(9 * 1024 * 1024).fill(0x61);
    await addInvoiceAttachment({ userId, invoiceId, attachment: { type: "Autre", designation: "1", file: { name: "a.txt", content: big } } });
    await addInvoiceAttachment({ userId, invoiceId, attachment: { type: "Autre", designation: "2", file: { name: "b.txt", content: big } } });
    await expect(addInvoiceAttachment({ userId, invoiceId, attachment: { type: "Autre", designation: "3", file: { name: "c.txt", content: big } } })).rejects.toMatchObject({ field: "file", message: expect.stringContaining("20 Mo") });
    await expect(addInvoiceAttachment({ userId, invoiceId, attachment: { type: "Autre", designation: "4", file: { name: "d.txt", content: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61) } } })).rejects.toMatchObject({ message: expect.stringContaining("10 Mo") });
    expect(await db.invoiceAttachment.count({ where: { invoiceId } })).toBe(2);
  });
});
