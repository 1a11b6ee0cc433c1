// The "Accusé de dépôt": the fingerprint of the document it acknowledges (here a Factur-X of the example invoice).
import { describe, expect, it } from "vitest";
import { createFacturXPdf } from "@/features/einvoice/index.ts";
import { createDepositReceiptPdf } from "@/features/invoices/common/rules/deposit-receipt-pdf.ts";
import { sha256Hex } from "@/lib/sha256.ts";
import { exampleInvoice } from "../../einvoice/example.ts";
import { expectOnlyEmbeddedFonts, qpdfAvailable, qpdfCheck, xmpOf } from "../../support/pdf-a-checks.ts";

function receiptInput(pdf: Uint8Array) {
  return {
    invoiceNumber: "FAC-2025-0001",
    typeLabel: "Facture",
    supplierName: "CHORUS SOCIETE",
    supplierIdentifier: "FRCHORUSSOCIETE",
    recipientName: "BREST METROPOLE BUDGET PRINCIPAL",
    recipientIdentifier: "24290031400012",
    depositedAt: new Date("2025-03-14T09:30:00Z"),
    amountDue: "8.44",
    currency: "EUR",
    documentFileName: "FAC-2025-0001.pdf",
    sha256: sha256Hex(pdf),
  };
}

describe("deposit receipt", () => {
  it("states the document and its SHA-256 fingerprint, as a PDF/A-3B with embedded fonts", async () => {
    const { pdf } = await createFacturXPdf(exampleInvoice());
    const input = receiptInput(pdf);
    expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
    const receipt = await createDepositReceiptPdf(input);
    const { xmp, doc } = await xmpOf(receipt);
    expect(xmp).toContain("<pdfaid:part>3</pdfaid:part>");
    expect(xmp).not.toContain("fx:DocumentType");
    expect(doc.getTitle()).toBe("Accusé de dépôt — Facture FAC-2025-0001");
    expect(doc.getSubject()).toContain(input.sha256);
    expectOnlyEmbeddedFonts(doc);
  });

  it.runIf(qpdfAvailable)("passes qpdf --check", async () => {
    const { pdf } = await createFacturXPdf(exampleInvoice());
    expect(qpdfCheck(await createDepositReceiptPdf(receiptInput(pdf)))).toContain("No syntax or stream encoding errors found");
  });
});

