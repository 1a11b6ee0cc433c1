// Through the API, as a supplier's software: factures/soumettre of a « Virement » without bank details is accepted
// with an avertissement (decision 0011); factures/traiter/factureRejetee acknowledges a rejected invoice once (the
// same use case as « Traiter le rejet »), refuses any other état, a consultation-only account and another structure.
import { describe, expect, it } from "vitest";
import { db } from "@/server/db.ts";
import { NO_BANK_DETAILS_NOTICE } from "@/features/invoices/common/index.ts";
import { createInvoiceRecipients, createInvoiceSupplier, invoiceFormTo } from "../factories.ts";
import { insertInvoice } from "../support/insert-invoice.ts";
import { apiClientFor } from "./support/api-client.ts";

async function setUp() {
  const supplier = await createInvoiceSupplier();
  const recipients = await createInvoiceRecipients();
  const writer = (await apiClientFor(supplier.structure.id, [{ espace: "FACTURES_EMISES", modification: true }])).api;
  const reader = (await apiClientFor(supplier.structure.id, [{ espace: "FACTURES_EMISES", modification: false }])).api;
  const form = () => invoiceFormTo(supplier.structure.id, { structureId: recipients.cotesDArmor.id, serviceId: recipients.cotesDArmorService.id });
  const rejected = () =>
    insertInvoice(supplier, { number: `R-${Math.random().toString(36).slice(2, 10)}`, status: "REJETEE", sentAt: new Date(), totalGross: "15.00", recipientStructureId: recipients.cotesDArmor.id, motif: "Double facturation" });
  return { supplier, writer, reader, form, rejected };
}

describe("factures/soumettre without bank details", () => {
  it("accepts a « Virement » of a structure without account, DEPOSEE, and says bank details would speed up payment", async () => {
    const s = await setUp();
    const withAccount = await s.writer.POST("/factures/soumettre", { body: s.form() });
    expect(withAccount.response.status).toBe(201);
    expect(withAccount.data!.avertissements).toEqual([]);

    await db.bankAccount.deleteMany({ where: { structureId: s.supplier.structure.id } });
    const without = await s.writer.POST("/factures/soumettre", { body: s.form() });
    expect(without.response.status).toBe(201);
    expect(without.data).toMatchObject({ statut: { code: "DEPOSEE" }, avertissements: [NO_BANK_DETAILS_NOTICE] });
  });
});

describe("factures/traiter/factureRejetee", () => {
  it("acknowledges a rejected invoice once; the état stays REJETEE", async () => {
    const s = await setUp();
    const invoice = await s.rejected();
    const done = await s.writer.POST("/factures/traiter/factureRejetee", { body: { idFacture: invoice.id } });
    expect(done.response.status).toBe(200);
    expect(done.data).toMatchObject({ idFacture: invoice.id, statut: { code: "REJETEE" }, dateTraitement: expect.any(String) });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).rejectionHandledAt?.toISOString()).toBe(done.data!.dateTraitement);

    const again = await s.writer.POST("/factures/traiter/factureRejetee", { body: { idFacture: invoice.id } });
    expect(again.response.status).toBe(409);
  });

  it("refuses another état (409), a consultation-only account (403) and another structure's invoice (404)", async () => {
    const s = await setUp();
    const deposited = await insertInvoice(s.supplier, { number: "D-1", status: "MISE_A_DISPOSITION", sentAt: new Date(), totalGross: "15.00" });
    expect((await s.writer.POST("/factures/traiter/factureRejetee", { body: { idFacture: deposited.id } })).response.status).toBe(409);

    const invoice = await s.rejected();
    expect((await s.reader.POST("/factures/traiter/factureRejetee", { body: { idFacture: invoice.id } })).response.status).toBe(403);
    const other = await setUp();
    expect((await other.writer.POST("/factures/traiter/factureRejetee", { body: { idFacture: invoice.id } })).response.status).toBe(404);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).rejectionHandledAt).toBeNull();
  });
});
