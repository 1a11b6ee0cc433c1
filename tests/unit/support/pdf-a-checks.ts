// Checks of a generated PDF/A-3B shared by the tests of the Factur-X (einvoice) and of the deposit receipt
// (invoices/common): qpdf's structural check, the XMP metadata stream, fonts all embedded.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { expect } from "vitest";

export const qpdfAvailable = spawnSync("qpdf", ["--version"]).status === 0;

export function qpdfCheck(pdf: Uint8Array): string {
  const directory = mkdtempSync(path.join(tmpdir(), "einvoice-"));
  try {
    const file = path.join(directory, "document.pdf");
    writeFileSync(file, pdf);
    return execFileSync("qpdf", ["--check", file], { encoding: "utf8" });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export async function xmpOf(pdf: Uint8Array): Promise<{ xmp: string; catalog: PDFDict; doc: PDFDocument }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const stream = doc.catalog.lookup(PDFName.of("Metadata"));
  if (!(stream instanceof PDFRawStream)) throw new Error("no XMP metadata stream");
  expect(stream.dict.get(PDFName.of("Filter"))).toBeUndefined();
  return { xmp: new TextDecoder().decode(decodePDFRawStream(stream).decode()), catalog: doc.catalog, doc };
}

/** PDF/A: every font has its program embedded (FontFile2: TrueType), none is one of the standard 14. */
export function expectOnlyEmbeddedFonts(doc: PDFDocument) {
  const dictionaries = doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict);
  const descriptors = dictionaries.filter((dict) => dict.get(PDFName.of("Type")) === PDFName.of("FontDescriptor"));
  expect(descriptors.length).toBeGreaterThan(0);
  for (const descriptor of descriptors) expect(descriptor.get(PDFName.of("FontFile2"))).toBeDefined();
  const baseFonts = dictionaries.filter((dict) => dict.get(PDFName.of("Type")) === PDFName.of("Font")).map((dict) => String(dict.get(PDFName.of("BaseFont"))));
  expect(baseFonts.every((name) => name.includes("DejaVuSans"))).toBe(true);
}
