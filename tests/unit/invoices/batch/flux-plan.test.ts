// From an upload to the items and chunk jobs of a flux: non-XML files and the same bytes twice are rejected at once,
// the others wait; chunks cover only positions still to process; numbers and labels as the portal shows them.
import { describe, expect, it } from "vitest";
import { sha256Hex } from "@/lib/sha256.ts";
import { chunkSingletonKey, fluxChunks, fluxNumber, isXmlFileName, planFluxItems, uploadLabel } from "@/features/invoices/batch/rules/flux-plan.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("planFluxItems", () => {
  it("numbers the files from 1 with their SHA-256, rejects what is neither an XML nor a PDF (a Factur-X) and the second copy of a file", () => {
    const items = planFluxItems([
      { fileName: "a.xml", content: bytes("<a/>") },
      { fileName: "lisez-moi.txt", content: bytes("bonjour") },
      { fileName: "dossier/b.XML", content: bytes("<b/>") },
      { fileName: "copie-de-a.xml", content: bytes("<a/>") },
      { fileName: "facture.pdf", content: bytes("%PDF-1.7") },
      { fileName: "faux.pdf", content: bytes("pas un PDF") },
    ]);
    expect(items.map((item) => [item.position, item.status])).toEqual([
      [1, "EN_ATTENTE"],
      [2, "REJETEE"],
      [3, "EN_ATTENTE"],
      [4, "REJETEE"],
      [5, "EN_ATTENTE"],
      [6, "REJETEE"],
    ]);
    expect(items[5].errors?.[0]).toMatchObject({ rule: "PORTAIL-FICHIER", message: expect.stringContaining("ni un PDF") });
    expect(items[0].sha256).toBe(sha256Hex(bytes("<a/>")));
    expect(items[1].errors).toEqual([{ rule: "PORTAIL-FICHIER", severity: "fatal", message: expect.stringContaining("n'est pas un XML"), location: "Fichier" }]);
    expect(items[3].errors?.[0]).toMatchObject({ rule: "PORTAIL-DOUBLON", message: "Double facturation : ce fichier figure déjà dans ce flux (fichier « a.xml »)." });
    expect(items[0].errors).toBeNull();
  });

  it("tells XML file names by their extension, whatever the case", () => {
    expect(["a.xml", "B.XML", " c.Xml ", "d.xml.pdf", "xml", "e.txt"].map(isXmlFileName)).toEqual([true, true, true, false, false, false]);
  });
});

describe("fluxChunks", () => {
  const waiting = (position: number) => ({ position, status: "EN_ATTENTE" as const });
  const rejected = (position: number) => ({ position, status: "REJETEE" as const });

  it("cuts the positions in ranges of the chunk size", () => {
    const items = Array.from({ length: 250 }, (_, index) => waiting(index + 1));
    expect(fluxChunks(items, 100)).toEqual([
      { from: 1, to: 100 },
      { from: 101, to: 200 },
      { from: 201, to: 300 },
    ]);
  });

  it("leaves out a range whose items are all already rejected", () => {
    expect(fluxChunks([rejected(1), rejected(2), waiting(3), rejected(4), rejected(5)], 2)).toEqual([{ from: 3, to: 4 }]);
    expect(fluxChunks([rejected(1)], 2)).toEqual([]);
  });

  it("gives each chunk of each flux its own singleton key", () => {
    const keys = new Set([chunkSingletonKey("f1", { from: 1, to: 100 }), chunkSingletonKey("f1", { from: 101, to: 200 }), chunkSingletonKey("f2", { from: 1, to: 100 })]);
    expect(keys.size).toBe(3);
  });
});

describe("labels", () => {
  it("numbers a flux FLUX<year><14 digits>", () => {
    expect(fluxNumber(2026, 42n)).toBe("FLUX202600000000000042");
    expect(fluxNumber(2026, 42n)).toHaveLength(22);
  });

  it("shows the upload as its file names, shortened beyond three", () => {
    expect(uploadLabel(["lot.zip"])).toBe("lot.zip");
    expect(uploadLabel(["a.xml", "b.xml", "c.xml", "d.xml", "e.xml"])).toBe("a.xml, b.xml, c.xml et 2 autres fichiers");
  });
});
