import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { createFacturXPdf, type DepositFormat, EInvoiceReadError, fatalFindings, type ReadErrorCode, readInvoiceFile, validateEInvoice } from "@/features/einvoice/index.ts";
import { exampleInvoice } from "./example.ts";

const facturx = (name: string) => new Uint8Array(readFileSync(path.resolve("tests/fixtures/facturx", name)));
const en16931 = (name: string) => new Uint8Array(readFileSync(path.resolve("tests/fixtures/en16931", name)));

async function readError(bytes: Uint8Array, format?: DepositFormat, fileName = "depot"): Promise<EInvoiceReadError> {
  const error = await readInvoiceFile(bytes, { fileName, format }).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof EInvoiceReadError)) throw new Error(`EInvoiceReadError attendue, obtenu ${String(error)}`);
  return error;
}

async function expectError(bytes: Uint8Array, format: DepositFormat | undefined, code: ReadErrorCode, message: RegExp | string) {
  const error = await readError(bytes, format);
  expect(error.code).toBe(code);
  if (typeof message === "string") expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
}

describe("Factur-X and ZUGFeRD PDFs (tests/fixtures/facturx)", () => {
  it.each([
    ["EN16931_Einfach.pdf", "471102", { taxExclusive: "473.00", taxTotal: "56.87", taxInclusive: "529.87", amountDue: "529.87" }],
    ["EN16931_1_Teilrechnung.pdf", "471102", { taxExclusive: "177.49", taxTotal: "20.16", taxInclusive: "197.65", amountDue: "147.65" }],
    ["MustangBeispiel20221026.pdf", "RE1001", { taxExclusive: "809.34", taxTotal: "153.77", taxInclusive: "963.11", amountDue: "963.11" }],
    ["Facture_F20180027.pdf", "F20180027", { taxExclusive: "100.00", taxTotal: "10.00", taxInclusive: "110.00", amountDue: "100.00" }],
    ["validAvoir_FR_type380_BASICWL.pdf", "AV-2017-0005", { taxExclusive: "-218.48", taxTotal: "-14.99", taxInclusive: "-233.47", amountDue: "-233.47" }],
  ])("%s is read as CII from its factur-x.xml", async (name, number, totals) => {
    const result = await readInvoiceFile(facturx(name), { fileName: name, format: "XML_MIXTE" });
    expect(result).toMatchObject({ syntax: "CII", root: "CrossIndustryInvoice", embeddedFileName: "factur-x.xml", invoice: { number, totals } });
    expect(result.guessedFields).toBeUndefined();
  });

  it("reads the structured data of a Factur-X deposited as a plain or signed PDF too", async () => {
    for (const format of [undefined, "PDF_NON_SIGNE", "PDF_SIGNE_XADES"] as const) {
      const result = await readInvoiceFile(facturx("Facture_F20180027.pdf"), { fileName: "f.pdf", format });
      expect(result).toMatchObject({ syntax: "CII", invoice: { number: "F20180027" } });
    }
  });

  it("reads back a Factur-X written by the portal", async () => {
    const { pdf } = await createFacturXPdf(exampleInvoice());
    const result = await readInvoiceFile(pdf, { fileName: "facture.pdf", format: "XML_MIXTE" });
    expect(result).toMatchObject({
      syntax: "CII",
      invoice: { number: "FAC-2025-0001", issueDate: "2025-03-14", totals: { taxExclusive: "8.00", taxTotal: "0.44", amountDue: "8.44" } },
    });
  });

  it("refuses a ZUGFeRD 1.0 PDF with ZUGFERD_1, whatever the format", async () => {
    for (const format of [undefined, "XML_MIXTE", "PDF_NON_SIGNE"] as const) {
      await expectError(facturx("zugferd_invoice.pdf"), format, "ZUGFERD_1", /ZUGFeRD 1\.0.*n'est pas accepté/);
    }
  });

  it("reads XMLinvalidV2PDF: its BT-24 is the older EN 16931-compliant form of Factur-X 1.0, and the CEN rules accept it", async () => {
    const read = await readInvoiceFile(facturx("XMLinvalidV2PDF.pdf"), { fileName: "XMLinvalidV2PDF.pdf", format: "XML_MIXTE" });
    expect(read).toMatchObject({ syntax: "CII", embeddedFileName: "factur-x.xml", invoice: { specificationId: "urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:extended" } });
    // The business rules hold (the syntax rules are the oracle test's: tests/unit/einvoice/oracle.test.ts).
    const fatal = fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings, read.syntax));
    expect(fatal.filter((finding) => finding.rule.startsWith("BR-"))).toEqual([]);
  });

  it("refuses the 15-byte corrupt PDF", async () => {
    await expectError(facturx("corrupt-factur-x-waytoosmall.pdf"), undefined, "CORRUPT_PDF", "Le fichier PDF est endommagé ou illisible.");
    await expectError(facturx("corrupt-factur-x-waytoosmall.pdf"), "XML_MIXTE", "CORRUPT_PDF", "Le fichier PDF est endommagé ou illisible.");
  });

  it("pre-fills the plain PDF from its text, and refuses it as XML mixte", async () => {
    const plain = facturx("MustangGnuaccountingBeispielRE-20201121_508blanko.pdf");
    const result = await readInvoiceFile(plain, { fileName: "re.pdf", format: "PDF_NON_SIGNE" });
    expect(result).toMatchObject({
      syntax: "PDF_TEXT",
      root: "PDF",
      invoice: { number: "RE-20201121/508", totals: { taxExclusive: "496.00", taxTotal: "75.04", amountDue: "571.04" } },
    });
    expect(result.guessedFields).toContain("totals.taxExclusive");
    await expectError(plain, "XML_MIXTE", "NO_EMBEDDED_XML", /ne contient pas de données structurées Factur-X/);
  });

  it("reports a malformed embedded XML with its name", async () => {
    const document = await PDFDocument.create();
    document.addPage();
    await document.attach(strToU8("<rsm:CrossIndustryInvoice><unclosed></rsm:CrossIndustryInvoice>"), "factur-x.xml", { mimeType: "text/xml" });
    const error = await readError(await document.save(), "XML_MIXTE");
    expect(error.code).toBe("MALFORMED_XML");
    expect(error.message).toMatch(/^Le XML intégré au PDF \(factur-x\.xml\) est invalide : le XML est mal formé \(ligne 1/);
  });
});

describe("signed and encrypted PDFs", () => {
  async function signedPdf(): Promise<Uint8Array> {
    const document = await PDFDocument.create();
    const page = document.addPage();
    page.drawText("Facture n° S-1 du 01/02/2025");
    const { context } = document;
    const signature = context.register(
      context.obj({
        Type: "Sig",
        Filter: "Adobe.PPKLite",
        SubFilter: "ETSI.CAdES.detached",
        ByteRange: [0, 100, 200, 300],
        Contents: PDFHexString.of("00".repeat(64)),
      }),
    );
    const field = context.register(context.obj({ FT: "Sig", T: PDFString.of("Signature1"), V: signature, Subtype: "Widget", Rect: [0, 0, 0, 0] }));
    document.catalog.set(PDFName.of("AcroForm"), context.obj({ Fields: [field], SigFlags: 3 }));
    return document.save();
  }

  it("requires a signature dictionary for PAdES", async () => {
    await expect(readInvoiceFile(await signedPdf(), { fileName: "s.pdf", format: "PDF_SIGNE_PADES" })).resolves.toMatchObject({
      syntax: "PDF_TEXT",
      invoice: { number: "S-1", issueDate: "2025-02-01" },
    });
    const plain = facturx("MustangGnuaccountingBeispielRE-20201121_508blanko.pdf");
    await expectError(plain, "PDF_SIGNE_PADES", "FORMAT_MISMATCH", /^Le fichier ne contient pas de signature PAdES/);
  });

  const qpdfAvailable = spawnSync("qpdf", ["--version"]).status === 0;
  function encrypt(pdf: Uint8Array, userPassword: string): Uint8Array {
    const directory = mkdtempSync(path.join(tmpdir(), "einvoice-read-"));
    try {
      writeFileSync(path.join(directory, "in.pdf"), pdf);
      execFileSync("qpdf", ["--encrypt", userPassword, "proprietaire", "256", "--", path.join(directory, "in.pdf"), path.join(directory, "out.pdf")]);
      return new Uint8Array(readFileSync(path.join(directory, "out.pdf")));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }

  it.skipIf(!qpdfAvailable)("reads an encrypted PDF that opens without password; refuses one that needs a password", async () => {
    const plain = facturx("MustangGnuaccountingBeispielRE-20201121_508blanko.pdf");
    const openable = encrypt(plain, "");
    await expect(readInvoiceFile(openable, { fileName: "e.pdf", format: "PDF_NON_SIGNE" })).resolves.toMatchObject({
      syntax: "PDF_TEXT",
      invoice: { totals: { amountDue: "571.04" } },
    });
    await expectError(openable, "XML_MIXTE", "NO_EMBEDDED_XML", /Le PDF est chiffré/);
    await expectError(encrypt(plain, "secret"), "PDF_NON_SIGNE", "CORRUPT_PDF", /protégé par un mot de passe/);
  });
});

describe("XML files", () => {
  it.each([
    ["cii/CII_business_example_02.xml", "CII", "CrossIndustryInvoice", "INV000013", "11.90"],
    ["cii/CII_example5.xml", "CII", "CrossIndustryInvoice", "TOSL110", "2337.5"],
    ["ubl/ubl-tc434-example1.xml", "UBL", "Invoice", "12115118", "250.33"],
    ["ubl/ubl-tc434-creditnote1.xml", "UBL", "CreditNote", "018304 / 28865", "100.11"],
    ["ubl/BIS3_Invoice_negativ.XML", "UBL", "Invoice", "12345", "-782179.43"],
  ])("%s is read as %s", async (file, syntax, root, number, amountDue) => {
    for (const format of [undefined, "XML_STRUCTURE"] as const) {
      const result = await readInvoiceFile(en16931(file), { fileName: file, format });
      expect(result).toMatchObject({ syntax, root, invoice: { number, totals: { amountDue } } });
      expect(result.embeddedFileName).toBeUndefined();
    }
  });

  it("reads XML with a byte order mark, in UTF-8 or UTF-16", async () => {
    const xml = readFileSync(path.resolve("tests/fixtures/en16931/ubl/ubl-tc434-example3.xml"), "utf8");
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(xml)]);
    await expect(readInvoiceFile(withBom, { fileName: "f.xml" })).resolves.toMatchObject({ syntax: "UBL", invoice: { number: "TOSL108" } });
    const utf16 = new Uint8Array(Buffer.from(`\ufeff${xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, "utf16le"));
    await expect(readInvoiceFile(utf16, { fileName: "f.xml" })).resolves.toMatchObject({ syntax: "UBL", invoice: { number: "TOSL108" } });
  });

  it("refuses an XML that is not an invoice, naming its root", async () => {
    await expectError(en16931("unit-ubl-invoice/BR-01.xml"), "XML_STRUCTURE", "NOT_AN_INVOICE", /l'élément racine est « testSet »/);
    await expectError(strToU8('<Invoice xmlns="urn:exemple"><ID>1</ID></Invoice>'), undefined, "NOT_AN_INVOICE", /Invoice/);
  });

  it("refuses malformed XML and DOCTYPE declarations", async () => {
    await expectError(strToU8("<?xml version='1.0'?><Invoice><ID>1</Invoice>"), undefined, "MALFORMED_XML", /mal formé/);
    const xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Invoice>&e;</Invoice>';
    await expectError(strToU8(xxe), "XML_STRUCTURE", "FORBIDDEN_XML", /DOCTYPE/);
  });
});

describe("file types and format mismatches", () => {
  it("types the file from its content, never its name", async () => {
    const pdfNamedXml = await readInvoiceFile(facturx("Facture_F20180027.pdf"), { fileName: "facture.xml" });
    expect(pdfNamedXml.syntax).toBe("CII");
    await expectError(new Uint8Array(0), undefined, "EMPTY_FILE", "Le fichier « depot » est vide.");
    await expectError(strToU8("Bonjour, voici ma facture."), undefined, "UNKNOWN_TYPE", /seuls les fichiers PDF, XML \(UBL ou CII\) et ZIP sont acceptés/);
    await expectError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "PDF_NON_SIGNE", "UNKNOWN_TYPE", /n'est pas reconnu/);
    const tooLarge = new Uint8Array(20 * 1024 * 1024 + 1);
    tooLarge.set(strToU8("%PDF-1.7"));
    await expectError(tooLarge, undefined, "TOO_LARGE", /dépasse la taille maximale autorisée \(20 Mo\)/);
  });

  it("refuses a content that does not match the format chosen", async () => {
    const xml = en16931("ubl/ubl-tc434-example1.xml");
    await expectError(xml, "PDF_NON_SIGNE", "FORMAT_MISMATCH", "Le format de dépôt « PDF non signé » attend un fichier PDF : le fichier déposé est un fichier XML.");
    await expectError(xml, "XML_MIXTE", "FORMAT_MISMATCH", /attend un PDF contenant des données Factur-X/);
    await expectError(facturx("Facture_F20180027.pdf"), "XML_STRUCTURE", "FORMAT_MISMATCH", /« XML structuré » attend un fichier XML \(UBL ou CII\) : le fichier déposé est un PDF/);
    await expectError(zipSync({ "a.xml": xml }), undefined, "FORMAT_MISMATCH", /un fichier ZIP se dépose par lot/);
  });
});
