// Whatever the bytes, reading a deposited file ends in a ReadResult or an EInvoiceReadError (typed code, French
// message): never another exception. Mutated real invoices, random XML, random bytes and random ZIPs, with a fixed
// seed so that a failure is reproducible.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { type DepositFormat, EInvoiceReadError, readInvoiceFile, type ReadResult, readZipEntries } from "@/features/einvoice/index.ts";
import { editXml, mutate, mutation, render, xmlEdit, xmlTree } from "./fuzz-inputs.ts";

const SEED = 20_261_123;
const fixture = (relative: string) => new Uint8Array(readFileSync(path.resolve("tests/fixtures", relative)));
const CII = fixture("en16931/cii/CII_example1.xml");
const UBL = fixture("en16931/ubl/ubl-tc434-example1.xml");
const CREDIT_NOTE = fixture("en16931/ubl/ubl-tc434-creditnote1.xml");
const FACTUR_X = fixture("facturx/EN16931_Einfach.pdf");
const CODES = new Set([
  "EMPTY_FILE", "TOO_LARGE", "UNKNOWN_TYPE", "CORRUPT_PDF", "NO_EMBEDDED_XML", "ZUGFERD_1", "MALFORMED_XML",
  "FORBIDDEN_XML", "NOT_AN_INVOICE", "FORMAT_MISMATCH", "ZIP_INVALID", "ZIP_BOMB", "ZIP_TOO_MANY_FILES",
]);
const FRENCH = /[éèàçêù]|\b(?:le|la|les|du|de|est|n'est|pas|fichier)\b/i;

/** Errors a reader threw that read-invoice-file had to convert: reported, see afterAll. */
const readerFailures: { input: string; cause: unknown }[] = [];

function expectTypedError(error: unknown, input: string) {
  if (!(error instanceof EInvoiceReadError)) throw new Error(`exception non typée sur ${input} : ${String(error)}`, { cause: error });
  expect(CODES.has(error.code)).toBe(true);
  expect(error.message.length).toBeGreaterThan(10);
  expect(error.message).toMatch(FRENCH);
  if (error.cause !== undefined) {
    // Only the reader wrapper may carry a cause; the last-resort wrapper of readInvoiceFile must never be needed.
    expect(error.code, `erreur imprévue sur ${input} : ${String(error.cause)}`).toBe("MALFORMED_XML");
    readerFailures.push({ input, cause: error.cause });
  }
}

function expectResult(result: ReadResult) {
  expect(["UBL", "CII", "PDF_TEXT"]).toContain(result.syntax);
  expect(typeof result.invoice).toBe("object");
  expect(Array.isArray(result.syntaxFindings)).toBe(true);
}

async function readsOrRefuses(bytes: Uint8Array, input: string, format?: DepositFormat) {
  let result: ReadResult | undefined;
  try {
    result = await readInvoiceFile(bytes, { fileName: "fuzz", format });
  } catch (error) {
    expectTypedError(error, input);
    return;
  }
  expectResult(result);
}

afterAll(() => {
  if (readerFailures.length) console.warn(`Lecteurs XML en échec, convertis en MALFORMED_XML :\n${readerFailures.map((failure) => `- ${failure.input} : ${String(failure.cause)}`).join("\n")}`);
});

// Generous timeouts: a few seconds each on an idle machine, much more when the machine is busy.
describe("readInvoiceFile never throws anything but an EInvoiceReadError", { timeout: 90_000 }, () => {
  it("on byte-level mutations of CII and UBL invoices", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(["CII", CII], ["UBL", UBL], ["CreditNote", CREDIT_NOTE]), fc.array(mutation, { minLength: 1, maxLength: 4 }), async ([name, bytes], mutations) => {
        await readsOrRefuses(mutate(bytes as Uint8Array, mutations), `${name} ${JSON.stringify(mutations)}`);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("on structural edits of CII and UBL invoices (well-formed, odd content)", async () => {
    const texts = { CII: new TextDecoder().decode(CII), UBL: new TextDecoder().decode(UBL), CreditNote: new TextDecoder().decode(CREDIT_NOTE) };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("CII", "UBL", "CreditNote") as fc.Arbitrary<keyof typeof texts>, fc.array(xmlEdit, { minLength: 1, maxLength: 12 }), async (name, edits) => {
        const edited = editXml(texts[name], edits);
        await readsOrRefuses(strToU8(edited), `${name} ${JSON.stringify(edits)}`, "XML_STRUCTURE");
      }),
      { seed: SEED, numRuns: 800 },
    );
  });

  it("on random XML trees under invoice roots", async () => {
    const roots = [
      '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="x">',
      '<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" xmlns:cbc="x">',
      '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="x">',
    ];
    await fc.assert(
      fc.asyncProperty(fc.nat(roots.length - 1), fc.array(xmlTree, { maxLength: 6 }), async (rootIndex, trees) => {
        const open = roots[rootIndex];
        const close = `</${/^<([\w:]+)/.exec(open)![1]}>`;
        const xml = `<?xml version="1.0" encoding="UTF-8"?>${open}${trees.map(render).join("")}${close}`;
        await readsOrRefuses(strToU8(xml), xml);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("on random XML-ish strings", async () => {
    const token = fc.oneof(
      fc.constantFrom("<", ">", "</", "/>", "<?xml version='1.0'?>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x", "&#", ";", "=", '"', " ", "\n",
        "Invoice", "CrossIndustryInvoice", "CreditNote", ' xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"', "xmlns:", "<!DOCTYPE", "<!ENTITY", "cbc:", "ID"),
      fc.string({ maxLength: 4 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 60 }), async (tokens) => {
        const text = tokens.join("");
        await readsOrRefuses(strToU8(text), JSON.stringify(text));
        await readsOrRefuses(strToU8(`<${text}`), JSON.stringify(`<${text}`), "XML_STRUCTURE");
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("on random bytes, bare or behind a PDF, ZIP or XML signature", async () => {
    const prefixes = ["", "%PDF-1.7\n", "PK\u0003\u0004", "<", "\ufeff<?xml", "PK\u0005\u0006"].map((text) => strToU8(text));
    await fc.assert(
      fc.asyncProperty(fc.nat(prefixes.length - 1), fc.uint8Array({ maxLength: 512 }), fc.constantFrom<DepositFormat | undefined>(undefined, "PDF_NON_SIGNE", "XML_MIXTE", "XML_STRUCTURE", "PDF_SIGNE_PADES"), async (prefix, bytes, format) => {
        await readsOrRefuses(new Uint8Array([...prefixes[prefix], ...bytes]), `préfixe ${prefix}, ${bytes.length} octets`, format);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("on mutations of a Factur-X PDF", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom<DepositFormat | undefined>(undefined, "XML_MIXTE", "PDF_NON_SIGNE"), async (mutations, format) => {
        await readsOrRefuses(mutate(FACTUR_X, mutations), `Factur-X ${JSON.stringify(mutations)}`, format);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe("readZipEntries never throws anything but an EInvoiceReadError", { timeout: 90_000 }, () => {
  const files = fc.dictionary(
    fc.oneof(fc.stringMatching(/^[a-z0-9]{1,8}\.(xml|pdf)$/), fc.stringMatching(/^[a-z]{1,4}\/[a-z0-9]{1,8}\.xml$/)),
    fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 2000 }).map(strToU8)),
    { maxKeys: 6 },
  );

  it("gives back exactly the files of a valid archive", () => {
    fc.assert(
      fc.property(files, fc.integer({ min: 0, max: 9 }), (content, level) => {
        const zip = zipSync(Object.fromEntries(Object.entries(content).map(([name, bytes]) => [name, [bytes, { level: level as 0 }]])));
        const entries = readZipEntries(zip);
        expect(Object.fromEntries(entries.map((entry) => [entry.name, entry.content]))).toEqual(content);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("on mutated archives", () => {
    fc.assert(
      fc.property(files, fc.array(mutation, { minLength: 1, maxLength: 4 }), (content, mutations) => {
        const zip = mutate(zipSync(content), mutations);
        try {
          const entries = readZipEntries(zip);
          for (const entry of entries) expect(entry.content).toBeInstanceOf(Uint8Array);
        } catch (error) {
          if (!(error instanceof EInvoiceReadError)) throw error;
          expect(["ZIP_INVALID", "ZIP_BOMB", "ZIP_TOO_MANY_FILES"]).toContain(error.code);
          expect(error.message).toMatch(/^L'archive ZIP /);
        }
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it("on random bytes", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.uint8Array({ maxLength: 600 }), (signed, bytes) => {
        const input = signed ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        try {
          readZipEntries(input);
        } catch (error) {
          if (!(error instanceof EInvoiceReadError)) throw error;
          expect(error.code).toMatch(/^ZIP_/);
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
