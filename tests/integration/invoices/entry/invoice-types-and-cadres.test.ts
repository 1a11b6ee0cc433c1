// Every invoice type (Facture 380, Avoir 381 with its original in BG-3, Facture d'acompte 386, a final invoice
// deducting its down payments in BT-113) and every non-works cadre: sent, its Factur-X passes our EN 16931
// validator and carries the right codes; the refusals of the links (foreign, already deducted, rejected) in French.
import { describe, expect, it } from "vitest";
import { fatalFindings, parseXml, readCii, validateEInvoice } from "@/features/einvoice/index.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { listLinkableInvoices } from "@/features/invoices/entry/use-cases/list-linkable-invoices.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { db } from "@/server/db.ts";
import { createInvoiceRecipients, createInvoiceSupplier, createManagedStructure, invoiceFormTo } from "../../factories.ts";

async function setUp() {
  const supplier = await createInvoiceSupplier();
  const recipients = await createInvoiceRecipients();
  const to = { structureId: recipients.cotesDArmor.id, serviceId: recipients.cotesDArmorService.id };
  const form = (overrides: Partial<InvoiceFormInput> = {}) => invoiceFormTo(supplier.structure.id, to, overrides);
  const userId = supplier.principal.id;
  const send = (overrides: Partial<InvoiceFormInput> = {}) => sendInvoice({ userId, input: form(overrides) });
  return { ...supplier, ...recipients, userId, form, send };
}

/** The CII the portal produced for the invoice, read back and validated like a deposited one. */
async function producedCii(invoiceId: string) {
  const document = await db.invoiceDocument.findFirstOrThrow({ where: { invoiceId, kind: "CII_XML" } });
  const read = readCii(parseXml(new TextDecoder().decode(document.content)));
  return { invoice: read.invoice, fatal: fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings)) };
}

// 10 × 12.50 HT at 20 %: 125.00 HT, 25.00 TVA, 150.00 TTC.
const ONE_LINE = [{ denomination: "Fournitures scolaires", quantity: "10", unit: "C62" as const, unitPriceNet: "12.50", vatRate: "20" as const }];

describe("every invoice type in the Factur-X", () => {
  it("a facture is 380, an avoir 381 naming the invoice it corrects with its date (BG-3), a facture d'acompte 386", async () => {
    const { send, userId, structure, cotesDArmor } = await setUp();
    const facture = await send({ invoiceDate: "2026-03-02" });
    expect((await producedCii(facture.invoiceId)).invoice).toMatchObject({ typeCode: "380", businessProcess: "A1" });

    const linkable = await listLinkableInvoices({ userId, supplierStructureId: structure.id, recipient: cotesDArmor.id });
    expect(linkable.originals.map((row) => row.number)).toContain(facture.number);
    const avoir = await send({ type: "AVOIR", originalInvoiceId: facture.invoiceId, originalInvoiceNumber: "" });
    const avoirCii = await producedCii(avoir.invoiceId);
    expect(avoirCii.fatal).toEqual([]);
    expect(avoirCii.invoice).toMatchObject({ typeCode: "381", precedingInvoices: [{ number: facture.number, issueDate: "2026-03-02" }] });
    const stored = await db.invoice.findUniqueOrThrow({ where: { id: avoir.invoiceId } });
    expect(stored).toMatchObject({ originalInvoiceId: facture.invoiceId, originalInvoiceNumber: facture.number });

    // An original only typed (an invoice sent elsewhere): its number alone.
    const typed = await send({ type: "AVOIR", originalInvoiceNumber: "ANCIENNE-42" });
    expect((await producedCii(typed.invoiceId)).invoice.precedingInvoices).toEqual([{ number: "ANCIENNE-42" }]);

    const acompte = await send({ type: "ACOMPTE" });
    const acompteCii = await producedCii(acompte.invoiceId);
    expect(acompteCii.fatal).toEqual([]);
    expect(acompteCii.invoice).toMatchObject({ typeCode: "386", totals: { taxInclusive: "150.00", amountDue: "150.00" } });
  });

  it("a final invoice deducts its down payments: BT-113 = their TTC, Net à payer = TTC − BT-113, each in BG-3", async () => {
    const { send, userId } = await setUp();
    const first = await send({ type: "ACOMPTE", invoiceDate: "2026-01-10", lines: [{ ...ONE_LINE[0], quantity: "2" }] }); // 30.00 TTC
    const second = await send({ type: "ACOMPTE", invoiceDate: "2026-02-10", lines: [{ ...ONE_LINE[0], quantity: "4" }] }); // 60.00 TTC
    const final = await send({ lines: ONE_LINE, downPaymentInvoiceIds: [first.invoiceId, second.invoiceId] });

    const { invoice, fatal } = await producedCii(final.invoiceId);
    expect(fatal).toEqual([]);
    expect(invoice).toMatchObject({
      typeCode: "380",
      totals: { taxInclusive: "150.00", prepaid: "90.00", amountDue: "60.00" },
      precedingInvoices: [
        { number: first.number, issueDate: "2026-01-10" },
        { number: second.number, issueDate: "2026-02-10" },
      ],
    });
    const stored = await db.invoice.findUniqueOrThrow({ where: { id: final.invoiceId }, include: { downPaymentDeductions: true } });
    expect(stored.amountDue.toFixed(2)).toBe("60.00");
    expect(stored.downPaymentDeductions).toHaveLength(2);

    // The invoice page: Montant payé / acomptes versés and the reduced Net à payer, with the acomptes named.
    const page = await getInvoice({ userId, invoiceId: final.invoiceId });
    expect(page.totals).toMatchObject({ totalGross: "150.00", prepaid: "90.00", amountDue: "60.00" });
    expect(page.deductedDownPayments.map((row) => row.number)).toEqual([first.number, second.number]);
  });

  it("refuses a deducted acompte that is another structure's, already deducted, rejected, or more than the TTC", async () => {
    const { send, userId, structure, cotesDArmor } = await setUp();
    const other = await setUp();
    const foreign = await other.send({ type: "ACOMPTE" });
    await expect(send({ downPaymentInvoiceIds: [foreign.invoiceId] })).rejects.toMatchObject({
      fieldErrors: { downPaymentInvoiceIds: "Facture d'acompte introuvable parmi vos factures d'acompte envoyées à ce destinataire." },
    });

    const acompte = await send({ type: "ACOMPTE", lines: [{ ...ONE_LINE[0], quantity: "2" }] });
    const final = await send({ downPaymentInvoiceIds: [acompte.invoiceId] });
    await expect(send({ downPaymentInvoiceIds: [acompte.invoiceId] })).rejects.toMatchObject({
      fieldErrors: { downPaymentInvoiceIds: `La facture d'acompte n° ${acompte.number} est déjà déduite par la facture n° ${final.number}.` },
    });
    // No longer offered once deducted.
    const linkable = await listLinkableInvoices({ userId, supplierStructureId: structure.id, recipient: cotesDArmor.id });
    expect(linkable.downPayments.map((row) => row.id)).not.toContain(acompte.invoiceId);

    const rejected = await send({ type: "ACOMPTE" });
    await db.invoice.update({ where: { id: rejected.invoiceId }, data: { status: "REJETEE" } });
    await expect(send({ downPaymentInvoiceIds: [rejected.invoiceId] })).rejects.toMatchObject({
      fieldErrors: { downPaymentInvoiceIds: `La facture d'acompte n° ${rejected.number} a été rejetée : elle ne peut pas être déduite.` },
    });

    const big = await send({ type: "ACOMPTE", lines: [{ ...ONE_LINE[0], quantity: "20" }] }); // 300.00 TTC
    await expect(send({ downPaymentInvoiceIds: [big.invoiceId] })).rejects.toMatchObject({
      fieldErrors: { downPaymentInvoiceIds: "Les acomptes déduits (300,00) dépassent le montant TTC de la facture (150,00) : retirez-en." },
    });
    // A draft may name it; only a facture deducts.
    await expect(send({ type: "AVOIR", originalInvoiceNumber: "X", downPaymentInvoiceIds: [big.invoiceId] })).rejects.toMatchObject({
      fieldErrors: { downPaymentInvoiceIds: "Seule une facture (type Facture) déduit des factures d'acompte." },
    });
  });

  it("refuses an avoir's original that is another structure's invoice, as not found", async () => {
    const { send } = await setUp();
    const other = await setUp();
    const foreign = await other.send();
    await expect(send({ type: "AVOIR", originalInvoiceId: foreign.invoiceId })).rejects.toMatchObject({
      fieldErrors: { originalInvoiceId: "Facture d'origine introuvable parmi vos factures envoyées à ce destinataire." },
    });
  });
});

describe("every non-works cadre de facturation", () => {
  it("writes the cadre in BT-23, passes the validator and routes as the cadre says", async () => {
    const { send } = await setUp();
    const holder = await createManagedStructure();
    const cases: [InvoiceFormInput["cadre"], Partial<InvoiceFormInput>, string][] = [
      ["A1", {}, "DEPOSEE"],
      ["A2", { paymentMode: "AUTRE" }, "DEPOSEE"],
      ["A3", {}, "DEPOSEE"],
      ["A9", { validatorStructureId: holder.structure.id }, "A_VALIDER_1"],
      ["A12", { validatorStructureId: holder.structure.id }, "A_VALIDER_1"],
      ["A21", {}, "DEPOSEE"],
    ];
    for (const [cadre, overrides, status] of cases) {
      const sent = await send({ cadre, ...overrides });
      const { invoice, fatal } = await producedCii(sent.invoiceId);
      expect(fatal, cadre).toEqual([]);
      expect(invoice.businessProcess, cadre).toBe(cadre);
      expect((await db.invoice.findUniqueOrThrow({ where: { id: sent.invoiceId } })).status, cadre).toBe(status);
      // A2 "facture déjà payée": all of it is paid, nothing is due.
      if (cadre === "A2") expect(invoice.totals).toMatchObject({ prepaid: "150.00", amountDue: "0.00" });
    }
  });

  it("refuses what a cadre does not allow: an acompte outside A1/A9/A12, a mémoire (A3) or a TIC claim (A21) that is not a Facture, a mémoire without juridiction", async () => {
    const { send } = await setUp();
    await expect(send({ cadre: "A2", type: "ACOMPTE" })).rejects.toMatchObject({ fieldErrors: { cadre: "Une facture d'acompte se dépose dans le cadre A1, A9 ou A12." } });
    await expect(send({ cadre: "A3", type: "AVOIR", originalInvoiceNumber: "F1" })).rejects.toMatchObject({ fieldErrors: { type: "Un mémoire de frais de justice (A3) est de type Facture." } });
    await expect(send({ cadre: "A21", type: "ACOMPTE" })).rejects.toMatchObject({ fieldErrors: { type: "Une demande de remboursement de la TIC (A21) est de type Facture." } });
    await expect(send({ cadre: "A3", recipientServiceId: "" })).rejects.toMatchObject({ fieldErrors: { recipientServiceId: expect.stringContaining("juridiction") } });
  });
});
