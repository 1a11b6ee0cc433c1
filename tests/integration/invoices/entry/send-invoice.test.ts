// "Valider et envoyer": every rule refuses with its French message on its field and changes nothing; a send stores
// the Factur-X PDF, its XML and the deposit receipt, writes the history and freezes the invoice.
import { describe, expect, it } from "vitest";
import { extractEmbeddedFiles } from "@/features/einvoice/index.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { addInvoiceAttachment } from "@/features/invoices/entry/use-cases/add-invoice-attachment.ts";
import { deleteInvoiceDraft } from "@/features/invoices/entry/use-cases/delete-invoice-draft.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { db } from "@/server/db.ts";
import { createInvoiceRecipients, createInvoiceSupplier } from "../../factories.ts";

async function setUp(options: { mandate?: boolean } = {}) {
  const supplier = await createInvoiceSupplier(options);
  const recipients = await createInvoiceRecipients();
  const seedInvoice = (overrides: Partial<InvoiceFormInput> = {}): InvoiceFormInput => ({
    supplierStructureId: supplier.structure.id,
    recipientStructureId: recipients.brest.id,
    recipientServiceId: recipients.brestService.id,
    cadre: "A1",
    type: "FACTURE",
    vatRegime: "DEBITS",
    paymentMode: "VIREMENT",
    engagementNumber: "BM124",
    invoiceNumber: "F-2026-001",
    invoiceDate: "2026-03-02",
    lines: [{ denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5,5" }],
    ...overrides,
  });
  return { ...supplier, ...recipients, userId: supplier.principal.id, seedInvoice };
}

const counts = async () => ({
  invoices: await db.invoice.count(),
  lines: await db.invoiceLine.count(),
  documents: await db.invoiceDocument.count(),
  history: await db.invoiceHistory.count(),
  events: await db.event.count(),
});

describe("sendInvoice", () => {
  it("deposits the seed's invoice: final number, DEPOSEE, the 3 documents, history and events; the PDF embeds the XML", async () => {
    const { userId, structure, seedInvoice } = await setUp();
    const draft = await saveInvoiceDraft({ userId, input: seedInvoice() });
    const sent = await sendInvoice({ userId, input: seedInvoice({ invoiceId: draft.invoiceId }) });
    expect(sent).toEqual({ invoiceId: draft.invoiceId, number: "F-2026-001", withoutBankDetails: false, recycledMotif: null });

    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId }, include: { documents: true, history: true } });
    expect(invoice).toMatchObject({ status: "DEPOSEE", sentNumber: "F-2026-001", temporaryNumber: draft.temporaryNumber });
    expect(invoice.sentAt).toBeInstanceOf(Date);
    expect(invoice.totalGross.toFixed(2)).toBe("8.44");
    expect(invoice.history).toMatchObject([{ status: "DEPOSEE", actorId: userId, actorStructureId: structure.id }]);

    const byKind = Object.fromEntries(invoice.documents.map((document) => [document.kind, document]));
    expect(byKind.FACTURX_PDF).toMatchObject({ fileName: "F-2026-001.pdf", mimeType: "application/pdf" });
    expect(byKind.CII_XML).toMatchObject({ fileName: "F-2026-001.xml" });
    expect(byKind.DEPOSIT_RECEIPT_PDF.mimeType).toBe("application/pdf");
    const embedded = (await extractEmbeddedFiles(byKind.FACTURX_PDF.content)).find((file) => file.name === "factur-x.xml");
    const xml = new TextDecoder().decode(embedded!.content);
    expect(xml).toBe(new TextDecoder().decode(byKind.CII_XML.content));
    expect(xml).toContain("8.44");
    expect(xml).toContain("BM124");
    const { createHash } = await import("node:crypto");
    expect(byKind.FACTURX_PDF.sha256).toBe(createHash("sha256").update(byKind.FACTURX_PDF.content).digest("hex"));

    expect(await db.event.count({ where: { userId, type: "FACTURE_DEPOSEE" } })).toBe(1);
  });

  it("saves and sends a never-saved form in one go, and freezes it afterwards", async () => {
    const { userId, seedInvoice } = await setUp();
    const sent = await sendInvoice({ userId, input: seedInvoice() });
    const frozen = { code: "CONFLICT", message: "Une facture envoyée ne peut plus être modifiée." };
    await expect(saveInvoiceDraft({ userId, input: seedInvoice({ invoiceId: sent.invoiceId, comment: "changé" }) })).rejects.toMatchObject(frozen);
    await expect(sendInvoice({ userId, input: seedInvoice({ invoiceId: sent.invoiceId, invoiceNumber: "F-2" }) })).rejects.toMatchObject(frozen);
    await expect(deleteInvoiceDraft({ userId, invoiceId: sent.invoiceId })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      addInvoiceAttachment({ userId, invoiceId: sent.invoiceId, attachment: { type: "Autre", designation: "Note", file: { name: "a.txt", content: new TextEncoder().encode("note") } } }),
    ).rejects.toMatchObject(frozen);
    expect(await db.invoice.findUniqueOrThrow({ where: { id: sent.invoiceId }, select: { comment: true, sentNumber: true } })).toEqual({ comment: null, sentNumber: "F-2026-001" });
  });

  it.each([
    ["missing engagement where required", (s: Awaited<ReturnType<typeof setUp>>) => s.seedInvoice({ engagementNumber: "" }), "engagementNumber", "Le numéro d'engagement est obligatoire pour ce destinataire."],
    [
      "bad engagement format for DEP COTES-D'ARMOR",
      (s: Awaited<ReturnType<typeof setUp>>) => s.seedInvoice({ recipientStructureId: s.cotesDArmor.id, recipientServiceId: s.cotesDArmorService.id, engagementNumber: "BM124" }),
      "engagementNumber",
      "Le numéro d'engagement doit comporter 5 ou 6 chiffres.",
    ],
    ["service required", (s: Awaited<ReturnType<typeof setUp>>) => s.seedInvoice({ recipientServiceId: "" }), "recipientServiceId", "Le destinataire exige un service : choisissez-en un."],
    ["a service of another recipient", (s: Awaited<ReturnType<typeof setUp>>) => s.seedInvoice({ recipientServiceId: s.cotesDArmorService.id }), "recipientServiceId", "Ce service n'appartient pas au destinataire ou n'est plus actif."],
    ["avoir without origin", (s: Awaited<ReturnType<typeof setUp>>) => s.seedInvoice({ type: "AVOIR" }), "originalInvoiceNumber", "Le numéro de la facture d'origine est obligatoire pour un avoir."],
    ["no invoice number", (s: Awaited<ReturnType<typeof setUp>>) => s.seedInvoice({ invoiceNumber: "" }), "invoiceNumber", "Le numéro de facture est obligatoire pour envoyer la facture."],
    ["no line", (s: Awaited<ReturnType<typeof setUp>>) => s.seedInvoice({ lines: [] }), "lines", "Ajoutez au moins une ligne de facture."],
    ["a bad line", (s: Awaited<ReturnType<typeof setUp>>) => s.seedInvoice({ lines: [{ denomination: "", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5.5" }] }), "lines.0.denomination", "La dénomination est obligatoire."],
  ])("refuses %s, on its field, changing nothing", async (_rule, build, field, message) => {
    const setup = await setUp();
    const draft = await saveInvoiceDraft({ userId: setup.userId, input: setup.seedInvoice({ comment: "avant" }) });
    const before = await counts();
    const error = await sendInvoice({ userId: setup.userId, input: { ...build(setup), invoiceId: draft.invoiceId, comment: "après" } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: message } });
    expect(await counts()).toEqual(before);
    expect(await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId }, select: { status: true, comment: true } })).toEqual({ status: "BROUILLON", comment: "avant" });
  });

  it("refuses a number already used by a sent invoice of the structure, even two sends at once", async () => {
    const { userId, seedInvoice } = await setUp();
    await sendInvoice({ userId, input: seedInvoice() });
    const before = await counts();
    await expect(sendInvoice({ userId, input: seedInvoice() })).rejects.toMatchObject({ fieldErrors: { invoiceNumber: "Ce numéro de facture est déjà utilisé par une facture envoyée de votre structure." } });
    expect(await counts()).toEqual(before);

    const results = await Promise.allSettled([sendInvoice({ userId, input: seedInvoice({ invoiceNumber: "F-RACE" }) }), sendInvoice({ userId, input: seedInvoice({ invoiceNumber: "F-RACE" }) })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { fieldErrors: { invoiceNumber: expect.stringContaining("déjà utilisé") } } });
    expect(await db.invoice.count({ where: { sentNumber: "F-RACE" } })).toBe(1);
  });

  it("lets another structure use the same number", async () => {
    const first = await setUp();
    await sendInvoice({ userId: first.userId, input: first.seedInvoice() });
    const other = await createInvoiceSupplier();
    await expect(sendInvoice({ userId: other.principal.id, input: first.seedInvoice({ supplierStructureId: other.structure.id }) })).resolves.toMatchObject({ number: "F-2026-001" });
  });

  it("refuses without an Actif mandate, on the supplier field, saving nothing", async () => {
    const { userId, seedInvoice } = await setUp({ mandate: false });
    const before = await counts();
    await expect(sendInvoice({ userId, input: seedInvoice() })).rejects.toMatchObject({ code: "FORBIDDEN", field: "supplierStructureId", message: expect.stringContaining("mandat") });
    await expect(saveInvoiceDraft({ userId, input: seedInvoice() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });
});
