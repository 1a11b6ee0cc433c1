// The « Liste fiscale » PDF: a PDF/A-3B with embedded fonts (einvoice's toolkit), titled with the supplier and period,
// whose text holds every fingerprint and the totals (read back with pdfjs).
import { describe, expect, it } from "vitest";
import { createFiscalListPdf } from "@/features/invoices/fiscal-list/rules/fiscal-list-pdf.ts";
import { fiscalTotals } from "@/features/invoices/fiscal-list/rules/fiscal-totals.ts";
import type { FiscalListRow } from "@/features/invoices/fiscal-list/rules/fiscal-list-row.ts";
import { expectOnlyEmbeddedFonts, xmpOf } from "../../support/pdf-a-checks.ts";

const row = (number: string, type: "FACTURE" | "AVOIR", sign: string, sha256: string): FiscalListRow => ({
  invoiceId: number,
  number,
  invoiceDate: new Date("2026-03-01T00:00:00Z"),
  sentAt: new Date("2026-03-02T10:00:00Z"),
  recipientName: "BREST METROPOLE BUDGET PRINCIPAL",
  recipientIdentifier: "24290031400012",
  type,
  currency: "EUR",
  totalNet: `${sign}100.00`,
  totalVat: `${sign}20.00`,
  totalGross: `${sign}120.00`,
  vatRecap: [{ rate: "20", taxableAmount: `${sign}100.00`, taxAmount: `${sign}20.00` }],
  mandate: { id: "m1", libelle: "MANDAT CHORUS SOCIETE" },
  sha256,
});

async function textOf(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  let text = "";
  for (let page = 1; page <= doc.numPages; page++) text += (await (await doc.getPage(page)).getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join("");
  await doc.destroy();
  return text.replace(/\s+/g, "");
}

describe("the Liste fiscale PDF", () => {
  it("is a PDF/A-3B with embedded fonts, holding the supplier, the mandate, the period, every fingerprint and the totals", async () => {
    const rows = [row("F-1", "FACTURE", "", "a1".repeat(32)), row("A-1", "AVOIR", "-", "b2".repeat(32)), row("F-2", "FACTURE", "", "c3".repeat(32))];
    const pdf = await createFiscalListPdf({
      supplier: { raisonSociale: "CHORUS SOCIETE", identifier: "FRCHORUSSOCIETE" },
      mandates: ["MANDAT CHORUS SOCIETE (signé le 01/01/2026)"],
      period: { from: "2026-03-01", to: "2026-03-31", label: "mars 2026" },
      rows,
      totals: fiscalTotals(rows),
      editedAt: new Date("2026-04-02T08:00:00Z"),
    });
    const { xmp, doc } = await xmpOf(pdf);
    expect(xmp).toContain("<pdfaid:part>3</pdfaid:part>");
    expect(doc.getTitle()).toBe("Liste fiscale — CHORUS SOCIETE — Période du 01/03/2026 au 31/03/2026 (mars 2026)");
    expectOnlyEmbeddedFonts(doc);
    const text = await textOf(pdf);
    for (const fragment of ["CHORUSSOCIETE(FRCHORUSSOCIETE)", "MANDATCHORUSSOCIETE(signéle01/01/2026)", "Périodedu01/03/2026au31/03/2026(mars2026)", "Éditéle02/04/2026", "a1".repeat(32), "b2".repeat(32), "c3".repeat(32), "-120,00", "Totalgénéral100,0020,00120,00"]) {
      expect(text).toContain(fragment);
    }
  });
});
