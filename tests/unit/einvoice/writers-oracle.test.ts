// The CII and UBL writers judged by the official CEN rules (EN16931-CII- and -UBL-validation.xslt, run by Saxon-HE):
// every fixture (UBL, CII, the CII of the Factur-X PDFs) and the portal's own invoices, written in CII D16B and in
// UBL 2.1, raise no fatal rule that their source did not raise. Skipped, saying so, only where Java or Saxon cannot be
// found (as the oracle test is).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { invoicesIn } from "../../../scripts/lib/en16931-invoices.ts";
import { runOracle, type OracleFinding, type OracleInvoice } from "../../../scripts/lib/en16931-oracle.ts";
import { findSaxon } from "../../../scripts/lib/saxon.ts";
import { type EInvoice, fatalFindings, parseXml, validateEInvoice } from "@/features/einvoice/index.ts";
import { readXmlInvoice } from "@/features/einvoice/read/xml-invoice.ts";
import { writeCii } from "@/features/einvoice/write/cii-writer.ts";
import { writeUbl } from "@/features/einvoice/write/ubl-writer.ts";
import { invoiceFormSchema, type InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { toEInvoice } from "@/features/invoices/common/rules/to-einvoice.ts";
import { pommesLine as pommes, seedInvoiceForm } from "../support/seed-invoice-form.ts";

const FIXTURES = ["en16931/ubl", "en16931/cii", "facturx"].map((folder) => path.resolve("tests/fixtures", folder));
const saxon = findSaxon();
if (!saxon) console.warn("Test des writers CII et UBL par l'oracle EN 16931 ignoré : Java ou Saxon-HE introuvable (sudo apt-get install libsaxonhe-java, ou SAXON_JAR=…).");

const address = { adresse: "1 rue de la Paix", codePostal: "75002", ville: "Paris", pays: "France" };
const beingRegistered = { identifierType: "EN_COURS_IMMATRICULATION", identifier: "FRCHORUSSOCIETE", raisonSociale: "CHORUS SOCIETE", ...address, iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX" };
const brest = { identifierType: "SIRET", identifier: "24290031400012", raisonSociale: "BREST METROPOLE BUDGET PRINCIPAL", ...address };
const withSiret = { ...beingRegistered, identifierType: "SIRET", identifier: "12345678900014", raisonSociale: "LE FOURNISSEUR" };
const ownInvoices: Record<string, [Partial<InvoiceFormInput>, typeof beingRegistered?]> = {
  "facture Pommes": [{}],
  "plusieurs taux et une remise": [{ lines: [pommes, { denomination: "Poires", quantity: "2.5", unit: "KGM", unitPriceNet: "3.333333", discountNet: "0.50", vatRate: "20" }] }],
  exoneree: [{ vatRegime: "EXONERE", exemptionReason: "Exonération de TVA, article 261 du CGI", lines: [{ ...pommes, vatRate: "0" }] }],
  "sans TVA, fournisseur avec un SIRET": [{ vatRegime: "SANS_TVA", lines: [{ ...pommes, vatRate: "0" }] }, withSiret],
  avoir: [{ type: "AVOIR", originalInvoiceNumber: "F-2025-099" }],
  affacturage: [{ factor: "FACTOR SA" }],
};
const WRITERS = [
  { syntax: "CII" as const, write: writeCii },
  { syntax: "UBL" as const, write: writeUbl },
];

const fatalRules = (findings: { rule: string; flag: string }[] | undefined) => new Set((findings ?? []).filter((finding) => finding.flag === "fatal").map((finding) => finding.rule));

type Written = { sources: (OracleInvoice & { invoice: EInvoice })[]; written: Record<"CII" | "UBL", OracleInvoice[]>; own: Record<"CII" | "UBL", OracleInvoice[]>; reports: Map<string, OracleFinding[]> };

/**
 * The fixtures, and what each writer writes of them and of the portal's own invoices, through the artefacts in one
 * run (one JVM per syntax, each stylesheet compiled once): a run per writer started two more JVMs and sent the
 * fixtures through the artefacts twice (about a third of this file's time). Both tests share it.
 */
let writtenOnce: Promise<Written> | undefined;
function writeAndJudge(): Promise<Written> {
  writtenOnce ??= (async () => {
    // The valid invoices among the fixtures (the writer writes an EInvoice: a file our validator refuses is none).
    const sources: Written["sources"] = [];
    for (const folder of FIXTURES) {
      for (const invoice of (await invoicesIn(folder)).invoices) {
        const read = readXmlInvoice(parseXml(invoice.xml));
        if (fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings)).length > 0) continue;
        sources.push({ ...invoice, name: `${path.basename(folder)}/${invoice.name}`, invoice: read.invoice as EInvoice });
      }
    }
    const written = { CII: [] as OracleInvoice[], UBL: [] as OracleInvoice[] };
    const own = { CII: [] as OracleInvoice[], UBL: [] as OracleInvoice[] };
    for (const { syntax, write } of WRITERS) {
      written[syntax] = sources.map((source) => ({ name: `${syntax.toLowerCase()}-of:${source.name}`, syntax, xml: write(source.invoice) }));
      own[syntax] = Object.entries(ownInvoices).map(([name, [overrides, supplier = beingRegistered]]) => {
        const invoice = invoiceFormSchema.parse(seedInvoiceForm(overrides));
        const einvoice = toEInvoice({ number: invoice.invoiceNumber!, invoice, supplier, recipient: brest, recipientService: { code: "FACTURES" }, attachments: [] });
        return { name: `portail ${syntax}:${name}`, syntax, xml: write(einvoice) };
      });
    }
    const reports = await runOracle(saxon!, [...sources.map(({ invoice: _invoice, ...source }) => source), ...written.CII, ...written.UBL, ...own.CII, ...own.UBL]);
    return { sources, written, own, reports };
  })();
  return writtenOnce;
}

describe.skipIf(!saxon).each(WRITERS)("$syntax writer — the CEN artefacts", ({ syntax }) => {
  it(`raise no fatal rule on the ${syntax} written from the fixtures or from the portal's own invoices`, { timeout: 600_000 }, async () => {
    const { sources, written: bySyntax, own: ownBySyntax, reports } = await writeAndJudge();
    expect(sources.length).toBeGreaterThan(20);
    const written = bySyntax[syntax];
    const own = ownBySyntax[syntax];

    const added = written.flatMap((invoice, index) => {
      const before = fatalRules(reports.get(sources[index].name));
      return [...fatalRules(reports.get(invoice.name))].filter((rule) => !before.has(rule)).map((rule) => `${invoice.name}: ${rule}`);
    });
    const ownFatal = own.flatMap((invoice) => [...fatalRules(reports.get(invoice.name))].map((rule) => `${invoice.name}: ${rule}`));
    expect(written.filter((invoice) => !reports.has(invoice.name)).map((invoice) => invoice.name)).toEqual([]);
    expect(own.filter((invoice) => !reports.has(invoice.name)).map((invoice) => invoice.name)).toEqual([]);
    expect(added).toEqual([]);
    expect(ownFatal).toEqual([]);
  });
});
