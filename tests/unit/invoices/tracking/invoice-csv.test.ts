import { describe, expect, it } from "vitest";
import { exportFileName, invoicesCsv, type InvoiceCsvRow } from "@/features/invoices/tracking/rules/invoice-csv.ts";
import { csvCell, csvDocument } from "@/lib/csv.ts";

const row: InvoiceCsvRow = {
  depositDate: new Date("2026-03-01T23:30:00Z"),
  recipientName: "DEP COTES-D'ARMOR",
  recipientIdentifier: "22220001600327",
  type: "AVOIR",
  number: "F;2026\"1",
  status: "REJETEE",
  statusChangedAt: new Date("2026-07-14T10:00:00Z"),
  totalGross: "1234.50",
  currency: "EUR",
  cadre: "A1",
  supplierName: "=HYPERLINK(\"http://x\")",
};

describe("CSV export", () => {
  it("starts with a UTF-8 BOM, separates with ';' and ends lines with CRLF", () => {
    expect(csvDocument(["a", "b"], [["1", "2"]])).toBe("\uFEFFa;b\r\n1;2\r\n");
    expect(new TextEncoder().encode(csvDocument([], [])).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("quotes fields with ';', quotes or line breaks, and defuses spreadsheet formulas", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvCell("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-cmd")).toBe("'-cmd");
    expect(csvCell("-12,50")).toBe("-12,50");
    expect(csvCell("Côtes-d'Armor")).toBe("Côtes-d'Armor");
  });

  it("writes the invoices with French headers, Paris dates, decimal comma and labels", () => {
    const lines = invoicesCsv([row]).slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Date de dépôt;Destinataire;Identifiant du destinataire;Type;Numéro;Etat courant;Date de l'état courant;Montant TTC;Devise;Cadre de facturation;Fournisseur",
    );
    expect(lines[1]).toBe(`02/03/2026;DEP COTES-D'ARMOR;22220001600327;Avoir;"F;2026""1";Rejetée;14/07/2026;1234,50;EUR;A1;"'=HYPERLINK(""http://x"")"`);
    expect(lines[2]).toBe("");
    expect(invoicesCsv([{ ...row, depositDate: null }]).split("\r\n")[1].startsWith(";DEP")).toBe(true);
  });

  it("names the file after the Paris day", () => {
    expect(exportFileName(new Date("2026-12-31T23:30:00Z"))).toBe("factures-emises-2027-01-01.csv");
  });
});
