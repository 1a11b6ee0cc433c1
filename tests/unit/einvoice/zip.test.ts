import { strToU8, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_ZIP_LIMITS, EInvoiceReadError, readZipEntries } from "@/features/einvoice/index.ts";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function readError(run: () => unknown): EInvoiceReadError {
  try {
    run();
  } catch (error) {
    if (error instanceof EInvoiceReadError) return error;
    throw error;
  }
  throw new Error("aucune erreur levée");
}

describe("readZipEntries", () => {
  it("gives each file with its name and content, deflated or stored", () => {
    const zip = zipSync({
      "facture-1.xml": strToU8("<Invoice>1</Invoice>"),
      "facture-2.xml": [strToU8("<Invoice>2</Invoice>".repeat(50)), { level: 0 }],
    });
    const entries = readZipEntries(zip);
    expect(entries.map((entry) => entry.name)).toEqual(["facture-1.xml", "facture-2.xml"]);
    expect(text(entries[0].content)).toBe("<Invoice>1</Invoice>");
    expect(text(entries[1].content)).toBe("<Invoice>2</Invoice>".repeat(50));
  });

  it("keeps the paths of nested folders and skips folders, __MACOSX and .DS_Store", () => {
    const zip = zipSync({
      lot: { janvier: { "a.xml": strToU8("<a/>") }, "b.pdf": strToU8("%PDF-1.7") },
      "vide/": {},
      __MACOSX: { lot: { "._a.xml": strToU8("resource fork") } },
      ".DS_Store": strToU8("finder"),
      "lot/.DS_Store": strToU8("finder"),
    } as Zippable);
    const entries = readZipEntries(zip);
    expect(entries.map((entry) => entry.name).sort()).toEqual(["lot/b.pdf", "lot/janvier/a.xml"]);
    expect(text(entries.find((entry) => entry.name === "lot/janvier/a.xml")!.content)).toBe("<a/>");
  });

  it("reads an empty file and an empty archive", () => {
    expect(readZipEntries(zipSync({ "vide.xml": new Uint8Array(0) }))).toEqual([{ name: "vide.xml", content: new Uint8Array(0) }]);
    expect(readZipEntries(zipSync({}))).toEqual([]);
  });

  it("refuses a high-ratio bomb before inflating it all", () => {
    const zip = zipSync({ "bombe.xml": new Uint8Array(5 * 1024 * 1024) }); // 5 Mo of zeros: a few kilobytes compressed
    expect(zip.length).toBeLessThan(20_000);
    const error = readError(() => readZipEntries(zip));
    expect(error.code).toBe("ZIP_BOMB");
    expect(error.message).toMatch(/décompressé dépasse 200 fois/);
  });

  it("refuses a file larger than the per-file limit, and a total above the archive limit", () => {
    let seed = 12345;
    const big = new Uint8Array(3 * 1024 * 1024).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24); // compresses badly
    const limits = { ...DEFAULT_ZIP_LIMITS, maxFileBytes: 2 * 1024 * 1024 };
    const tooBig = readError(() => readZipEntries(zipSync({ "gros.pdf": big }), limits));
    expect(tooBig.code).toBe("ZIP_BOMB");
    expect(tooBig.message).toMatch(/« gros\.pdf » décompressé dépasse 2 Mo/);

    const total = readError(() =>
      readZipEntries(zipSync({ "a.pdf": big, "b.pdf": big }), { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 5 * 1024 * 1024 }),
    );
    expect(total.code).toBe("ZIP_BOMB");
    expect(total.message).toMatch(/contenu décompressé dépasse 5 Mo/);
  });

  it("counts the bytes actually inflated, not the sizes the headers claim", () => {
    const zip = zipSync({ "menteur.xml": new Uint8Array(3 * 1024 * 1024) });
    // Rewrite the uncompressed size of the local header and of the central directory to 10 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(22, 10, true);
    for (let at = zip.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 10, true);
        break;
      }
    }
    const error = readError(() => readZipEntries(zip, { ...DEFAULT_ZIP_LIMITS, maxFileBytes: 1024 * 1024, maxRatio: 1e9 }));
    expect(error.code).toBe("ZIP_BOMB");
  });

  it("refuses too many files", () => {
    const files: Zippable = {};
    for (let index = 0; index < 30; index++) files[`f${index}.xml`] = strToU8("<a/>");
    const error = readError(() => readZipEntries(zipSync(files), { ...DEFAULT_ZIP_LIMITS, maxFiles: 25 }));
    expect(error.code).toBe("ZIP_TOO_MANY_FILES");
    expect(error.message).toBe("L'archive ZIP contient plus de 25 fichiers.");
    expect(readZipEntries(zipSync(files), { ...DEFAULT_ZIP_LIMITS, maxFiles: 30 })).toHaveLength(30);
  });

  it("counts files even when the central directory is not trusted (ZIP64 marker)", () => {
    const files: Zippable = {};
    for (let index = 0; index < 30; index++) files[`f${index}.xml`] = strToU8("<a/>");
    const zip = zipSync(files);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(zip.length - 22 + 16, 0xffffffff, true); // the directory offset says "see ZIP64"
    expect(readError(() => readZipEntries(zip, { ...DEFAULT_ZIP_LIMITS, maxFiles: 25 })).code).toBe("ZIP_TOO_MANY_FILES");
  });

  it("refuses what is not a ZIP, truncated archives and corrupt data", () => {
    expect(readError(() => readZipEntries(strToU8("ceci n'est pas une archive"))).code).toBe("ZIP_INVALID");
    expect(readError(() => readZipEntries(new Uint8Array(0))).message).toMatch(/n'est pas une archive ZIP/);
    const zip = zipSync({ "a.xml": strToU8("<Invoice>contenu assez long pour être compressé</Invoice>".repeat(20)) });
    expect(readError(() => readZipEntries(zip.subarray(0, zip.length - 30))).code).toBe("ZIP_INVALID");
    const corrupt = zip.slice();
    for (let at = 40; at < 60; at++) corrupt[at] ^= 0x5a; // inside the deflate stream
    expect(readError(() => readZipEntries(corrupt)).code).toBe("ZIP_INVALID");
  });

  it("refuses password-protected entries with a message naming the file", () => {
    const zip = zipSync({ "secret.xml": strToU8("<a/>") });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint16(6, 1, true); // local header: encrypted
    for (let at = zip.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, 1, true);
    }
    const error = readError(() => readZipEntries(zip));
    expect(error.code).toBe("ZIP_INVALID");
    expect(error.message).toMatch(/« secret\.xml » est chiffré/);
  });
});
