import { XMLParser } from "fast-xml-parser";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { createFacturXPdf, extractEmbeddedFiles } from "@/features/einvoice/index.ts";
import { expectOnlyEmbeddedFonts, qpdfAvailable, qpdfCheck, xmpOf } from "../support/pdf-a-checks.ts";
import { exampleInvoice } from "./example.ts";

const parser = new XMLParser({ parseTagValue: false, ignoreAttributes: false, removeNSPrefix: true });
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("Factur-X PDF", () => {
  it("embeds factur-x.xml byte for byte, with the seed's totals", async () => {
    const { pdf, xml } = await createFacturXPdf(exampleInvoice());
    expect(latin1(pdf.subarray(0, 5))).toBe("%PDF-");
    const files = await extractEmbeddedFiles(pdf);
    expect(files.map((file) => file.name)).toEqual(["factur-x.xml"]);
    expect(Buffer.from(files[0].content).equals(Buffer.from(new TextEncoder().encode(xml)))).toBe(true);
    const summation = parser.parse(new TextDecoder().decode(files[0].content)).CrossIndustryInvoice.SupplyChainTradeTransaction
      .ApplicableHeaderTradeSettlement.SpecifiedTradeSettlementHeaderMonetarySummation;
    expect([summation.TaxBasisTotalAmount, summation.TaxTotalAmount["#text"], summation.GrandTotalAmount, summation.DuePayableAmount]).toEqual([
      "8.00",
      "0.44",
      "8.44",
      "8.44",
    ]);
  });

  it("is a PDF/A-3B: XMP with the Factur-X extension, sRGB output intent, Info equal to XMP, trailer ID, embedded fonts only", async () => {
    const { pdf } = await createFacturXPdf(exampleInvoice(), { documentTitle: "Facture FAC-2025-0001" });
    const { xmp, catalog, doc } = await xmpOf(pdf);
    for (const expected of [
      "<pdfaid:part>3</pdfaid:part>",
      "<pdfaid:conformance>B</pdfaid:conformance>",
      "<fx:DocumentType>INVOICE</fx:DocumentType>",
      "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>",
      "<fx:Version>1.0</fx:Version>",
      "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
      "<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>",
      '<rdf:li xml:lang="x-default">Facture FAC-2025-0001</rdf:li>',
    ]) {
      expect(xmp).toContain(expected);
    }
    const [intent] = catalog.lookup(PDFName.of("OutputIntents"), PDFArray).asArray().map((ref) => doc.context.lookup(ref, PDFDict));
    expect(intent.get(PDFName.of("S"))).toEqual(PDFName.of("GTS_PDFA1"));
    expect(intent.lookup(PDFName.of("DestOutputProfile"))).toBeInstanceOf(PDFRawStream);

    expect(doc.getTitle()).toBe("Facture FAC-2025-0001");
    expect(doc.getAuthor()).toBe("CHORUS SOCIETE");
    expect(xmp).toContain(`<pdf:Producer>${doc.getProducer()}</pdf:Producer>`);
    expect(xmp).toContain(`<xmp:CreatorTool>${doc.getCreator()}</xmp:CreatorTool>`);
    expect(xmp).toContain(`<xmp:CreateDate>${doc.getCreationDate()?.toISOString().replace(".000Z", "Z")}</xmp:CreateDate>`);

    expect(latin1(pdf)).toMatch(/\/ID \[ <([0-9A-F]{32})> <\1> \]/i);
    const [fileSpec] = catalog.lookup(PDFName.of("AF"), PDFArray).asArray().map((ref) => doc.context.lookup(ref, PDFDict));
    expect(fileSpec.get(PDFName.of("AFRelationship"))).toEqual(PDFName.of("Data"));
    const embeddedFile = fileSpec.lookup(PDFName.of("EF"), PDFDict).lookup(PDFName.of("F"));
    expect(embeddedFile).toBeInstanceOf(PDFRawStream);
    expect((embeddedFile as PDFRawStream).dict.get(PDFName.of("Subtype"))).toEqual(PDFName.of("text/xml"));
    expectOnlyEmbeddedFonts(doc);
  });

  it.runIf(qpdfAvailable)("passes qpdf --check", async () => {
    const { pdf } = await createFacturXPdf(exampleInvoice());
    expect(qpdfCheck(pdf)).toContain("No syntax or stream encoding errors found");
  });
  it.skipIf(qpdfAvailable)("qpdf --check (skipped: qpdf is not on the PATH)", () => {});

  it("keeps accents and XML-special characters through the PDF and its XML (é, à, œ, €, <, &)", async () => {
    const name = "Pâté de campagne & œufs <frais> à 2 €";
    const invoice = exampleInvoice([{ name, quantity: "1", unitCode: "C62", unitPriceNet: "2", vatRate: "20" }]);
    invoice.buyer.name = "Mairie d'Élancourt & Co";
    const { pdf, xml } = await createFacturXPdf(invoice);
    const [file] = await extractEmbeddedFiles(pdf);
    const cii = parser.parse(new TextDecoder().decode(file.content)).CrossIndustryInvoice;
    expect(cii.SupplyChainTradeTransaction.IncludedSupplyChainTradeLineItem.SpecifiedTradeProduct.Name).toBe(name);
    expect(cii.SupplyChainTradeTransaction.ApplicableHeaderTradeAgreement.BuyerTradeParty.Name).toBe("Mairie d'Élancourt & Co");
    expect(new TextDecoder().decode(file.content)).toBe(xml);
    const { xmp } = await xmpOf(pdf);
    expect(xmp).toContain("Mairie d&apos;Élancourt &amp; Co");
  });

  it("renders an invoice of 1,000 lines on several pages", async () => {
    const lines = Array.from({ length: 1000 }, (_, index) => ({
      name: `Article n° ${index + 1} — désignation assez longue pour passer à la ligne dans la colonne Dénomination`,
      reference: `REF-${index + 1}`,
      quantity: String((index % 7) + 1),
      unitCode: index % 2 ? "HUR" : "KGM",
      unitPriceNet: `${index % 50}.25`,
      vatRate: index % 3 ? "20" : "5.5",
    }));
    const invoice = exampleInvoice(lines);
    const started = performance.now();
    const { pdf } = await createFacturXPdf(invoice);
    const elapsed = performance.now() - started;
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    console.log(`Factur-X of 1,000 lines: ${doc.getPageCount()} pages, ${(pdf.length / 1024).toFixed(0)} KiB, ${elapsed.toFixed(0)} ms`);
    expect(doc.getPageCount()).toBeGreaterThan(1);
    const [file] = await extractEmbeddedFiles(pdf);
    expect(new TextDecoder().decode(file.content).match(/<ram:IncludedSupplyChainTradeLineItem>/g)).toHaveLength(1000);
  });

  it("renders a one-page invoice quickly once warm (time logged, not asserted)", async () => {
    await createFacturXPdf(exampleInvoice());
    const runs = 20;
    const started = performance.now();
    for (let run = 0; run < runs; run++) await createFacturXPdf(exampleInvoice());
    console.log(`Factur-X of one line, warm: ${((performance.now() - started) / runs).toFixed(1)} ms per document`);
  });
});
