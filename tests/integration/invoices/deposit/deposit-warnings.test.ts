// « Votre facture a été analysée » : the deposited file's warnings (EN 16931's, and apart the reform's BR-FR rules), read again
// from the stored original for the supplier's users; another structure's user finds no such invoice.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { depositInvoiceFile } from "@/features/invoices/deposit/use-cases/deposit-invoice-file.ts";
import { getDepositWarnings } from "@/features/invoices/deposit/use-cases/get-deposit-warnings.ts";
import { db } from "@/server/db.ts";
import { createInvoiceSupplier } from "../../factories.ts";
import { reformCompliantCii } from "../../support/reform-compliant-invoice.ts";

const UBL_DKK = new Uint8Array(readFileSync(path.resolve("tests/fixtures/en16931/ubl/ubl-tc434-example4.xml")));

describe("getDepositWarnings", () => {
  it("gives the deposited file's warnings, the reform's apart, and none of them fatal", async () => {
    const supplier = await createInvoiceSupplier();
    await db.bankAccount.create({ data: { structureId: supplier.structure.id, iban: "DK1212341234123412", titulaire: "Seller A/S" } });
    const draft = await depositInvoiceFile({
      userId: supplier.principal.id,
      input: { supplierStructureId: supplier.structure.id, cadre: "A1", format: "XML_STRUCTURE", file: { name: "ubl-tc434-example4.xml", bytes: UBL_DKK } },
    });

    const { warnings, reform } = await getDepositWarnings({ userId: supplier.principal.id, invoiceId: draft.invoiceId });
    expect([...warnings, ...reform].every((finding) => finding.severity === "warning")).toBe(true);
    // An invoice in Danish crowns without its VAT in euros, no SIREN, no legal mentions: what the reform will refuse,
    // in its own list, none of it among EN 16931's warnings.
    expect(reform.map((finding) => finding.rule)).toEqual(expect.arrayContaining(["BR-FR-CO-12", "BR-FR-10", "BR-FR-05"]));
    expect(reform.every((finding) => finding.rule.startsWith("BR-FR"))).toBe(true);
    expect(warnings.some((finding) => finding.rule.startsWith("BR-FR"))).toBe(false);
    expect(reform.find((finding) => finding.rule === "BR-FR-CO-12")!.message).toContain("DKK");

    const stranger = await createInvoiceSupplier();
    await expect(getDepositWarnings({ userId: stranger.principal.id, invoiceId: draft.invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("gives no reform warning for a file that follows the reform's rules", async () => {
    const supplier = await createInvoiceSupplier();
    const parties = {
      seller: { name: supplier.structure.raisonSociale, identifier: supplier.structure.identifier, vatId: "FR32123456789" },
      buyer: { name: "ACHETEUR PUBLIC", siret: "11000201100044", serviceCode: "FACTURES" },
    };
    const draft = await depositInvoiceFile({
      userId: supplier.principal.id,
      input: { supplierStructureId: supplier.structure.id, cadre: "A1", format: "XML_STRUCTURE", file: { name: "conforme.xml", bytes: new TextEncoder().encode(reformCompliantCii(1, parties)) } },
    });
    expect((await getDepositWarnings({ userId: supplier.principal.id, invoiceId: draft.invoiceId })).reform).toEqual([]);
  });
});
