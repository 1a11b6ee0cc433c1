// Seed 001 word for word: « Virement » on a new structure without bank details is sent (DEPOSEE) and its Factur-X
// promises no account (BT-81 = 1, BT-82 « Virement », no BT-84: decision 0011); a factor's account makes the factor
// the payee (BG-10, BT-59) and its IBAN the account (BT-84). Each produced XML passes the EN 16931 validator.
import { describe, expect, it } from "vitest";
import { fatalFindings, parseXml, readCii, validateEInvoice } from "@/features/einvoice/index.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { db } from "@/server/db.ts";
import { createInvoiceRecipients, createInvoiceSupplier } from "../../factories.ts";

const FACTOR_IBAN = "FR7630004000031234567890143";

async function setUp() {
  const supplier = await createInvoiceSupplier();
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
    invoiceNumber: "F-POMMES-001",
    invoiceDate: "2026-03-02",
    lines: [{ denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5,5" }],
    ...overrides,
  });
  return { ...supplier, userId: supplier.principal.id, seedInvoice };
}

/** The XML stored with the invoice, read back and validated as a deposited file would be. */
async function producedXml(invoiceId: string) {
  const document = await db.invoiceDocument.findFirstOrThrow({ where: { invoiceId, kind: "CII_XML" } });
  const xml = new TextDecoder().decode(document.content);
  const read = readCii(parseXml(xml));
  return { xml, read: read.invoice, fatal: fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings)) };
}

describe("Valider et envoyer and the bank details", () => {
  it("sends « Virement » without any bank account (seed 001): DEPOSEE, payment means 1 « Virement » without account, valid EN 16931", async () => {
    const { userId, structure, seedInvoice } = await setUp();
    await db.bankAccount.deleteMany({ where: { structureId: structure.id } });

    const sent = await sendInvoice({ userId, input: seedInvoice() });
    expect(sent).toMatchObject({ number: "F-POMMES-001", withoutBankDetails: true });
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: sent.invoiceId } });
    expect(invoice).toMatchObject({ status: "DEPOSEE", paymentMode: "VIREMENT", bankAccountId: null, iban: null });

    const { xml, read, fatal } = await producedXml(sent.invoiceId);
    expect(fatal).toEqual([]);
    expect(read.payment).toMatchObject({ meansCode: "1", meansText: "Virement" });
    expect(read.payment?.accounts ?? []).toEqual([]);
    expect(xml).toContain("<ram:TypeCode>1</ram:TypeCode><ram:Information>Virement</ram:Information>");
    expect(xml).not.toContain("IBANID");
  });

  it("the same invoice with an active account is a credit transfer (30) to it, and says nothing about bank details", async () => {
    const { userId, bankAccount, seedInvoice } = await setUp();
    const sent = await sendInvoice({ userId, input: seedInvoice({ bankAccountId: bankAccount.id }) });
    expect(sent.withoutBankDetails).toBe(false);
    const { read, fatal } = await producedXml(sent.invoiceId);
    expect(fatal).toEqual([]);
    expect(read.payment).toMatchObject({ meansCode: "30", accounts: [{ iban: bankAccount.iban }] });
    expect(read.payee).toBeUndefined();
  });

  it("an inactive account is no bank detail: the transfer is still sent, without account", async () => {
    const { userId, structure, seedInvoice } = await setUp();
    await db.bankAccount.updateMany({ where: { structureId: structure.id }, data: { actif: false } });
    const sent = await sendInvoice({ userId, input: seedInvoice() });
    expect(sent.withoutBankDetails).toBe(true);
    expect((await producedXml(sent.invoiceId)).read.payment).toMatchObject({ meansCode: "1" });
  });

  it("a factor's account (affactureur) chosen in « Références bancaires »: the factor is the payee (BT-59) and its IBAN the account (BT-84); the invoice page shows it as Factor", async () => {
    const { userId, structure, seedInvoice } = await setUp();
    const factor = await db.bankAccount.create({ data: { structureId: structure.id, iban: FACTOR_IBAN, bic: "BNPAFRPPXXX", titulaire: "AFFACTURAGE DU NORD", affactureur: true } });

    const sent = await sendInvoice({ userId, input: seedInvoice({ bankAccountId: factor.id }) });
    const { xml, read, fatal } = await producedXml(sent.invoiceId);
    expect(fatal).toEqual([]);
    expect(read.payee).toMatchObject({ name: "AFFACTURAGE DU NORD" });
    expect(read.payment).toMatchObject({ meansCode: "30", accounts: [{ iban: FACTOR_IBAN, bic: "BNPAFRPPXXX" }] });
    expect(xml).toMatch(/<ram:PayeeTradeParty><ram:Name>AFFACTURAGE DU NORD<\/ram:Name>/);

    const page = await getInvoice({ userId, invoiceId: sent.invoiceId });
    expect(page).toMatchObject({ iban: FACTOR_IBAN, bic: "BNPAFRPPXXX", factorName: "AFFACTURAGE DU NORD" });
  });

  it("a factor typed in « Factor » names the payee, whatever the account", async () => {
    const { userId, bankAccount, seedInvoice } = await setUp();
    const sent = await sendInvoice({ userId, input: seedInvoice({ bankAccountId: bankAccount.id, factor: "FACTOR SAISI" }) });
    const { read, fatal } = await producedXml(sent.invoiceId);
    expect(fatal).toEqual([]);
    expect(read.payee).toMatchObject({ name: "FACTOR SAISI" });
    expect((await getInvoice({ userId, invoiceId: sent.invoiceId })).factorName).toBe("FACTOR SAISI");
  });

  it("refuses an account of another structure, as not one of its own", async () => {
    const { userId, seedInvoice } = await setUp();
    const other = await createInvoiceSupplier();
    await expect(sendInvoice({ userId, input: seedInvoice({ bankAccountId: other.bankAccount.id }) })).rejects.toMatchObject({ fieldErrors: { bankAccountId: expect.any(String) } });
  });
});
