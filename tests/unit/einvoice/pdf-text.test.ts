import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFacturXPdf } from "@/features/einvoice/index.ts";
import { findAmounts, firstDate, wholeAmount } from "@/features/einvoice/read/pdf/pdf-text-amounts.ts";
import { linesOfText } from "@/features/einvoice/read/pdf/pdf-text-lines.ts";
import { guessInvoiceFields } from "@/features/einvoice/read/pdf/pdf-text-patterns.ts";
import { linesOfPage, prefillFromPdfText } from "@/features/einvoice/read/pdf/pdf-text-prefill.ts";
import { exampleInvoice } from "./example.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve("tests/fixtures/facturx", name)));
const guessText = (text: string) => guessInvoiceFields(linesOfText(text));

describe("amounts and dates as invoices print them", () => {
  it.each([
    ["1 234,56 €", "1234.56"],
    ["1\u00a0234,56 EUR", "1234.56"],
    ["1\u202f234,56", "1234.56"],
    ["1.234,56", "1234.56"],
    ["1,234.56", "1234.56"],
    ["496.00 €", "496.00"],
    ["100,00 EUR", "100.00"],
    ["-5,00", "-5.00"],
    ["€ 1,481.47", "1481.47"],
    ["12 500 €", "12500.00"],
    ["0,4", "0.40"],
    ["1'234.50 CHF", "1234.50"],
  ])("%s → %s", (text, expected) => {
    expect(findAmounts(text).map((amount) => amount.value)).toEqual([expected]);
  });

  it("leaves out percentages, bare integers, dates and pieces of identifiers", () => {
    expect(findAmounts("TVA 20 % 5,5 % 10,00% année 2024 le 21.11.2020 RE-20 FR76 1254")).toEqual([]);
    expect(findAmounts("Total HT:100,00")).toMatchObject([{ value: "100.00" }]);
    expect(wholeAmount("100,00 EUR")).toBe("100.00");
    expect(wholeAmount("(EUR)")).toBeUndefined();
    expect(wholeAmount("Pommes 8,00")).toBeUndefined();
  });

  it.each([
    ["21/11/2020", "2020-11-21"],
    ["21.11.2020", "2020-11-21"],
    ["2020-11-21", "2020-11-21"],
    ["le 21 novembre 2020", "2020-11-21"],
    ["1er décembre 2020", "2020-12-01"],
    ["21. November 2020", "2020-11-21"],
    ["November 21, 2020", "2020-11-21"],
    ["14 mars 2025", "2025-03-14"],
  ])("date %s → %s", (text, expected) => {
    expect(firstDate(text)?.value).toBe(expected);
  });

  it("refuses impossible dates and gives the earliest date of a text", () => {
    expect(firstDate("31/02/2024")).toBeUndefined();
    expect(firstDate("32 mars 2024")).toBeUndefined();
    expect(firstDate("du 2024-01-05 au 31/01/2024")?.value).toBe("2024-01-05");
    expect(firstDate("Période du 01/12/2018 au 31/12/2018, émise le 2019-01-02")?.value).toBe("2018-12-01");
  });
});

describe("guessInvoiceFields on French, English and German texts", () => {
  it("reads a French invoice with totals on their own lines", () => {
    const guess = guessText(`ACME SARL — SIRET : 732 829 320 00074
N° TVA : FR 40 732829320
FACTURE N° FA-2024-0042 du 21 novembre 2024
Date d'échéance : 21/12/2024
Désignation  Qté  PU HT  Total HT
Pommes  4  2,00 €  8,00 €
Taux TVA 5,5 %  Base TVA 8,00
Total HT : 1 234,56 €
TVA 20 % : 246,91 €
Total TTC : 1 481,47 €
Net à payer : 1 481,47 €`);
    expect(guess).toEqual({
      number: "FA-2024-0042",
      issueDate: "2024-11-21",
      siret: "73282932000074",
      totals: { taxExclusive: "1234.56", taxTotal: "246.91", taxInclusive: "1481.47", amountDue: "1481.47" },
    });
  });

  it("reads labels in capitals without accents, values on the next line, and a prepaid amount", () => {
    const guess = guessText(`FACTURE
N° : 2024/118
DATE DE FACTURE :
05/02/2024
MONTANT HT
1.234,56 EUR
MONTANT TVA 246,91 EUR
MONTANT TTC 1.481,47 EUR
RESTE A PAYER 481,47 EUR`);
    expect(guess).toEqual({
      number: "2024/118",
      issueDate: "2024-02-05",
      totals: { taxExclusive: "1234.56", taxTotal: "246.91", taxInclusive: "1481.47", amountDue: "481.47" },
    });
  });

  it("does not take a VAT number, a rate, a due date or an associated invoice for what they are not", () => {
    const guess = guessText(`N° TVA : FR 40 732829320
TVA intracommunautaire FR40732829320
N° de facture associée : F20180003
Date d'échéance : 21/12/2024
Taux TVA 20 %
SIRET 123 456 789 00014`);
    expect(guess).toEqual({ number: undefined, issueDate: undefined, siret: undefined, totals: {} });
  });

  it("does not take the buyer's SIRET for the seller's", () => {
    const guess = guessText(`Client
Mairie de Brest
SIRET : 242 900 314 00012`);
    expect(guess.siret).toBeUndefined();
    expect(guessText("Fournisseur\nACME\nSIRET : 732 829 320 00074").siret).toBe("73282932000074");
  });

  it("reads English and German invoices", () => {
    expect(
      guessText(`Invoice No. INV-0042
Invoice date: March 5, 2024
Subtotal 1,234.56
Total VAT 246.91
Total incl. VAT 1,481.47
Amount due 1,481.47`),
    ).toEqual({
      number: "INV-0042",
      issueDate: "2024-03-05",
      totals: { taxExclusive: "1234.56", taxTotal: "246.91", taxInclusive: "1481.47", amountDue: "1481.47" },
    });
    const german = guessText("Rechnungsnummer: R-2024-7\nRechnungsdatum: 05.03.2024\nNettobetrag 100,00 €\nZahlbetrag 119,00 €");
    expect(german).toMatchObject({ number: "R-2024-7", issueDate: "2024-03-05", totals: { taxExclusive: "100.00", amountDue: "119.00" } });
  });
});

describe("lines rebuilt from the glyph positions", () => {
  it("joins runs of one word, separates words, and splits far-apart columns into cells", () => {
    const at = (text: string, x: number, y: number, width: number) => ({ text, x, y, width, size: 12 });
    const lines = linesOfPage(
      [
        at("Total", 421, 436.5, 25),
        at("# RE-20", 98, 479, 44),
        at("201121", 143, 479.4, 38),
        at("Invoice", 57, 479, 38),
        at("/508", 182, 479, 20),
        at("Amount", 60, 436, 36),
      ],
      1,
    );
    expect(lines.map((line) => line.text)).toEqual(["Invoice # RE-20201121/508", "Amount Total"]);
    expect(lines[1].cells).toEqual([
      { text: "Amount", x: 60, end: 96 },
      { text: "Total", x: 421, end: 446 },
    ]);
  });
});

describe("prefillFromPdfText on real PDFs", () => {
  it("reads the Mustang plain PDF (English labels, number printed in several runs)", async () => {
    const result = await prefillFromPdfText(fixture("MustangGnuaccountingBeispielRE-20201121_508blanko.pdf"));
    expect(result).toMatchObject({ syntax: "PDF_TEXT", root: "PDF", syntaxFindings: [] });
    expect(result.invoice).toEqual({
      number: "RE-20201121/508",
      issueDate: "2020-11-21",
      // Gross = net + VAT = due payable: the gross total is the amount due.
      totals: { taxExclusive: "496.00", taxTotal: "75.04", taxInclusive: "571.04", amountDue: "571.04" },
    });
    expect(result.guessedFields).toEqual(["number", "issueDate", "totals.taxExclusive", "totals.taxTotal", "totals.taxInclusive", "totals.amountDue"]);
  });

  it("reads a French layout whose values sit under their labels (Facture_F20180027's text)", async () => {
    const result = await prefillFromPdfText(fixture("Facture_F20180027.pdf"));
    expect(result.invoice).toEqual({
      number: "F20180027",
      issueDate: "2018-12-31",
      totals: { taxExclusive: "100.00", taxTotal: "10.00", taxInclusive: "110.00", amountDue: "100.00" },
    });
  });

  it("reads the portal's own invoice PDF, the seller's SIRET and not the buyer's", async () => {
    const invoice = exampleInvoice();
    invoice.seller.legalId = { id: "73282932000074", scheme: "0009" };
    const { pdf } = await createFacturXPdf(invoice);
    const result = await prefillFromPdfText(pdf);
    expect(result.invoice).toEqual({
      number: "FAC-2025-0001",
      issueDate: "2025-03-14",
      seller: { legalId: { id: "73282932000074", scheme: "0009" } },
      totals: { taxExclusive: "8.00", taxTotal: "0.44", taxInclusive: "8.44", amountDue: "8.44" },
    });
    expect(result.guessedFields).toContain("seller.legalId.id");
  });
});
