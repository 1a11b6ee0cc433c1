// One file of a flux judged alone: a valid UBL or CII invoice is accepted with its mapped content; a broken EN 16931
// rule, an unreadable file or a portal sending rule refuses it with rule ids; the reform's BR-FR warnings come apart.
import { describe, expect, it } from "vitest";
import { checkFluxFile, checkFluxFiles } from "@/features/invoices/batch/rules/check-flux-file.ts";
import { sampleEInvoice, sampleInvoiceXml, writeUbl } from "../../../../scripts/lib/sample-einvoices.ts";
import { writeCii } from "@/features/einvoice/index.ts";
import { reformCompliantCii } from "../../../integration/support/reform-compliant-invoice.ts";

const parties = {
  seller: { name: "FOURNISSEUR DE TEST", identifier: "FRTEST0001", vatId: "FR32123456789" },
  buyer: { name: "BREST METROPOLE", siret: "24290031400012", serviceCode: "FACTURES" },
  engagement: (i: number) => `BM${i}`,
};
const file = (xml: string, fileName = "facture.xml") => ({ fileName, content: new TextEncoder().encode(xml) });

describe("checkFluxFile", () => {
  it.each(["UBL", "CII"] as const)("accepts a valid %s invoice, with its number, lines, parties and totals", async (syntax) => {
    const verdict = await checkFluxFile(file(sampleInvoiceXml(7, parties, { syntax, number: `F-${syntax}-7` })));
    expect(verdict.accepted).toBe(true);
    if (!verdict.accepted) return;
    const expected = sampleEInvoice(7, parties);
    expect(verdict.invoiceNumber).toBe(`F-${syntax}-7`);
    expect(verdict.deposited).toMatchObject({
      type: "FACTURE",
      invoiceDate: "2026-11-23",
      engagementNumber: "BM7",
      totalNet: expected.totals.taxExclusive,
      totalGross: expected.totals.taxInclusive,
      recipient: { siret: "24290031400012", serviceCode: "FACTURES" },
    });
    expect(verdict.deposited.lines).toHaveLength(3);
    expect(verdict.warnings.every((finding) => finding.severity === "warning")).toBe(true);
  });

  it("refuses an invoice whose line total is wrong, with BR-CO-10", async () => {
    const invoice = sampleEInvoice(3, parties);
    invoice.totals.lineNetTotal = "1.00";
    const verdict = await checkFluxFile(file(writeUbl(invoice)));
    expect(verdict).toMatchObject({ accepted: false, invoiceNumber: invoice.number });
    expect(!verdict.accepted && verdict.findings.map((finding) => finding.rule)).toContain("BR-CO-10");
    expect(!verdict.accepted && verdict.findings[0].severity).toBe("fatal");
  });

  it("refuses a credit note without the number of the invoice it corrects (a sending rule of the portal)", async () => {
    const invoice = { ...sampleEInvoice(4, parties), typeCode: "381" as const };
    const verdict = await checkFluxFile(file(writeCii(invoice)));
    expect(verdict.accepted).toBe(false);
    expect(!verdict.accepted && verdict.findings).toContainEqual(expect.objectContaining({ rule: "PORTAIL-FACTURE", location: "BG-3" }));
  });

  it("gives the reform's BR-FR warnings apart from the findings, whether the file is accepted or not, never as a refusal", async () => {
    const sample = await checkFluxFile(file(sampleInvoiceXml(8, parties, { syntax: "CII" })));
    expect(sample.accepted).toBe(true);
    expect(sample.reform.map((finding) => finding.rule)).toEqual(expect.arrayContaining(["BR-FR-05", "BR-FR-10"]));
    expect(sample.reform.every((finding) => finding.severity === "warning")).toBe(true);
    expect(sample.accepted && sample.warnings.some((finding) => finding.rule.startsWith("BR-FR"))).toBe(false);

    const compliant = await checkFluxFile(file(reformCompliantCii(8, parties)));
    expect([compliant.accepted, compliant.reform]).toEqual([true, []]);

    const broken = sampleEInvoice(9, parties);
    broken.totals.lineNetTotal = "1.00";
    const refused = await checkFluxFile(file(writeCii(broken)));
    expect(refused.accepted).toBe(false);
    expect(!refused.accepted && refused.findings.some((finding) => finding.rule.startsWith("BR-FR"))).toBe(false);
    expect(refused.reform.map((finding) => finding.rule)).toContain("BR-FR-05");
    expect((await checkFluxFile(file("<Invoice><cbc:ID>"))).reform).toEqual([]);
  });

  it.each([
    ["an XML that is no invoice", "<?xml version=\"1.0\"?><commande/>"],
    ["a malformed XML", "<Invoice><cbc:ID>"],
    ["a PDF named .xml", "%PDF-1.4 pas un xml"],
  ])("refuses %s as unreadable, with its French message", async (_case, content) => {
    const verdict = await checkFluxFile(file(content));
    expect(verdict.accepted).toBe(false);
    if (verdict.accepted) return;
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ rule: "PORTAIL-FICHIER", severity: "fatal", location: "Fichier" });
    expect(verdict.findings[0].message.length).toBeGreaterThan(10);
  });
});

describe("checkFluxFiles", () => {
  it("gives each file of a group its own verdict, in their order, an unreadable one refused without stopping the others", async () => {
    const verdicts = await checkFluxFiles([file(sampleInvoiceXml(11, parties, { syntax: "UBL" })), file("ceci n'est pas une facture"), file(sampleInvoiceXml(12, parties, { syntax: "CII" }))]);
    expect(verdicts.map((verdict) => ("verdict" in verdict ? verdict.verdict.accepted : verdict.error))).toEqual([true, false, true]);
  });
});
