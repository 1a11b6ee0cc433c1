// Fuzz tests of the PDF bomb guard: generated PDFs of a few kilobytes whose streams (page contents, an object stream,
// an embedded file compressed twice and referenced three times, wrapped filters, many streams) inflate to hundreds
// of megabytes or gigabytes are refused with PDF_BOMB and a French message, and the process's memory stays flat.
// The real invoices of the fixtures still pass the guard. No timing is asserted.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EInvoiceReadError, readInvoiceFile } from "@/features/einvoice/index.ts";
import { checkPdfStreams, filterChain, PDF_STREAM_LIMITS } from "@/features/einvoice/read/pdf/pdf-stream-guard.ts";
import { buildPdf, embeddedFileBomb, manyStreamsBomb, objectStreamBomb, pageContentBomb, wrappedBomb, zlibAgain, zlibZeros } from "../support/pdf-bombs.ts";

const MB = 1024 * 1024;

async function readError(bytes: Uint8Array): Promise<EInvoiceReadError> {
  const outcome = await readInvoiceFile(bytes, { fileName: "bombe.pdf" }).then(
    () => new Error("le fichier a été accepté"),
    (error: unknown) => error,
  );
  if (!(outcome instanceof EInvoiceReadError)) throw outcome;
  return outcome;
}

describe("PDF stream guard", () => {
  it("reads the filter chain of a stream dictionary", () => {
    expect(filterChain("<< /Length 12 /Filter /FlateDecode >>")).toEqual(["FlateDecode"]);
    expect(filterChain("<</Filter[/AHx/Fl]/Length 3>>")).toEqual(["AHx", "Fl"]);
    expect(filterChain("<< /Filter [ /ASCII85Decode /FlateDecode ] >>")).toEqual(["ASCII85Decode", "FlateDecode"]);
    expect(filterChain("<< /Length 4 >>")).toEqual([]);
  });

  it("lets every real invoice PDF of the fixtures through, and measures it", () => {
    const folder = path.resolve("tests/fixtures/facturx");
    const pdfs = readdirSync(folder).filter((name) => name.toLowerCase().endsWith(".pdf"));
    expect(pdfs.length).toBeGreaterThan(3);
    const reports = pdfs.map((name) => checkPdfStreams(new Uint8Array(readFileSync(path.join(folder, name)))));
    expect(reports.filter((report) => report.streams > 0).length).toBeGreaterThan(3);
    for (const report of reports) expect(report.decodedBytes).toBeLessThan(PDF_STREAM_LIMITS.maxTotalBytes);
  });

  it("counts what a small bomb inflates to without producing it, and stops at the budget", () => {
    const limits = { maxStreamBytes: 40 * MB, maxTotalBytes: 1000 * MB, maxStreams: 100 };
    expect(checkPdfStreams(pageContentBomb(32), limits)).toMatchObject({ largestStream: 32 * MB });
    expect(() => checkPdfStreams(pageContentBomb(48), limits)).toThrow(expect.objectContaining({ code: "PDF_BOMB" }));
    // A stream compressed twice but declared once is inflated twice all the same.
    expect(checkPdfStreams(embeddedFileBomb(32, "once"), limits).largestStream).toBeGreaterThanOrEqual(32 * MB);
  });

  const bombs: [string, () => Uint8Array][] = [
    ["a page content of 1 GB", () => pageContentBomb(1024)],
    ["the issue's embedded file: compressed twice, 3 GB, three references", () => embeddedFileBomb(3 * 1024)],
    ["an embedded file compressed twice but declared once, 4 GB", () => embeddedFileBomb(4 * 1024, "once")],
    ["an object stream of 512 MB", () => objectStreamBomb(512)],
    ["ASCIIHex around Flate, 256 MB", () => wrappedBomb(256)],
    ["40 page contents of 48 MB each", () => manyStreamsBomb(40, 48)],
    ["a stream compressed three times, 8 GB", () => buildPdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
      { dictionary: "/Filter [/FlateDecode /FlateDecode /FlateDecode]", stream: zlibAgain(zlibAgain(zlibZeros(8 * 1024))) },
    ])],
  ];

  it.each(bombs)("refuses %s with PDF_BOMB and a French message", async (_, make) => {
    const bytes = make();
    expect(bytes.length).toBeLessThan(2 * MB);
    const error = await readError(bytes);
    expect(error.code).toBe("PDF_BOMB");
    expect(error.message).toMatch(/^Le fichier PDF est refusé : une fois décompressé/);
  });

  it("keeps the process's memory flat while it refuses every bomb again and again", async () => {
    const files = bombs.map(([, make]) => make());
    const small = files.every((file) => file.length < 2 * MB);
    expect(small).toBe(true);
    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed + before.arrayBuffers;
    const sample = () => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed + now.arrayBuffers);
    };
    const timer = setInterval(sample, 25);
    try {
      for (let round = 0; round < 2; round++) {
        for (const file of files) {
          expect((await readError(file)).code).toBe("PDF_BOMB");
          sample();
        }
      }
    } finally {
      clearInterval(timer);
    }
    // Gigabytes were announced; the guard never held more than a few buffers of ~1 MB.
    expect(peakRss - before.rss).toBeLessThan(150 * MB);
    expect(peakHeap - (before.heapUsed + before.arrayBuffers)).toBeLessThan(150 * MB);
  });
});
