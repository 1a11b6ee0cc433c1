// A deposited structured file and the bank details (decision 0011): the file is the legal document, so a credit
// transfer (BT-81 30) without the account (BT-84) is refused as the EN 16931 rule BR-61 says; a transfer the portal
// wrote without an account (BT-81 1, BT-82 « Virement ») is read back as « Virement » without account, and sent.
import { describe, expect, it } from "vitest";
import { writeCii, type EInvoice } from "@/features/einvoice/index.ts";
import { depositInvoiceFile } from "@/features/invoices/deposit/use-cases/deposit-invoice-file.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { db } from "@/server/db.ts";
import { sampleEInvoice } from "../../../../scripts/lib/sample-einvoices.ts";
import { createInvoiceRecipients, createInvoiceSupplier } from "../../factories.ts";

async function setUp() {
  const supplier = await createInvoiceSupplier();
  await db.bankAccount.deleteMany({ where: { structureId: supplier.structure.id } });
  await createInvoiceRecipients();
  const file = (number: string, payment: EInvoice["payment"]) => {
    const einvoice = sampleEInvoice(
      1,
      {
        seller: { name: supplier.structure.raisonSociale, identifier: supplier.structure.identifier, vatId: "FR40303265045" },
        buyer: { name: "BREST METROPOLE BUDGET PRINCIPAL", siret: "24290031400012", serviceCode: "FACTURES" },
        engagement: () => "BM124",
      },
      { number },
    );
    const bytes = new TextEncoder().encode(writeCii({ ...einvoice, payment: { ...payment!, terms: "30 jours" } }));
    return { supplierStructureId: supplier.structure.id, cadre: "A1" as const, format: "XML_STRUCTURE" as const, file: { name: `${number}.xml`, bytes } };
  };
  return { supplier, userId: supplier.principal.id, file };
}

describe("deposit and bank details", () => {
  it("refuses a file paid by credit transfer (30) that names no account: BR-61", async () => {
    const { userId, file } = await setUp();
    const error = await depositInvoiceFile({ userId, input: file("VIR-30-SANS-IBAN", { meansCode: "30" }) }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "VALIDATION", findings: expect.arrayContaining([expect.objectContaining({ rule: "BR-61" })]) });
  });

  it("accepts a file of code 1 « Virement » without account: a Virement draft without bank details, then sent", async () => {
    const { userId, file } = await setUp();
    const draft = await depositInvoiceFile({ userId, input: file("VIR-1-SANS-IBAN", { meansCode: "1", meansText: "Virement" }) });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId } })).toMatchObject({ paymentMode: "VIREMENT", bankAccountId: null, iban: null });

    const shown = await getInvoice({ userId, invoiceId: draft.invoiceId });
    const sent = await sendInvoice({ userId, input: shown.form });
    expect(sent).toEqual({ invoiceId: draft.invoiceId, number: "VIR-1-SANS-IBAN", withoutBankDetails: true, recycledMotif: null });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId } })).status).toBe("DEPOSEE");
  });
});
