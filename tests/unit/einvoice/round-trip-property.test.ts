// Nothing lost (issue 17): any valid invoice read, written again by our writers and read back gives the same model,
// term for term (deep equality, not only the totals). Over every CEN example (CII and UBL), every valid Factur-X of
// the fixtures, the portal's own invoices, and fast-check variations of them (fixed seed: the same runs every time).
import fs from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type EInvoice, extractEmbeddedFiles, parseXml, readCii, readUbl, type ReadEInvoice, writeCii } from "@/features/einvoice/index.ts";
import { ublTaxTotal, writeUbl } from "@/features/einvoice/write/ubl-writer.ts";
import { invoiceFormSchema } from "@/features/invoices/common/schemas.ts";
import { toEInvoice } from "@/features/invoices/common/rules/to-einvoice.ts";
import { seedInvoiceForm, pommesLine } from "../support/seed-invoice-form.ts";

const FIXTURES = path.resolve("tests/fixtures");
const xmlFiles = (folder: string) =>
  fs
    .readdirSync(path.join(FIXTURES, folder))
    .filter((name) => /\.xml$/i.test(name))
    .map((name) => path.join(folder, name));

/**
 * The Factur-X PDFs of the fixtures whose embedded XML is an EN 16931 invoice: not the damaged ones, nor ZUGFeRD 1,
 * nor validAvoir_FR_type380_BASICWL.pdf (profile BASIC WL: no lines, so no valid EN 16931 invoice, BR-16).
 */
const FACTUR_X = ["EN16931_Einfach.pdf", "EN16931_1_Teilrechnung.pdf", "MustangBeispiel20221026.pdf", "Facture_F20180027.pdf"];

type Source = { name: string; invoice: ReadEInvoice };

function readXml(xml: string | Uint8Array): ReadEInvoice {
  const root = parseXml(xml);
  return root.name === "CrossIndustryInvoice" ? readCii(root).invoice : readUbl(root).invoice;
}

async function fixtureInvoices(): Promise<Source[]> {
  const xml = [...xmlFiles("en16931/cii"), ...xmlFiles("en16931/ubl")].map((file) => ({
    name: file,
    invoice: readXml(fs.readFileSync(path.join(FIXTURES, file))),
  }));
  const pdfs = await Promise.all(
    FACTUR_X.map(async (name) => {
      const [embedded] = await extractEmbeddedFiles(new Uint8Array(fs.readFileSync(path.join(FIXTURES, "facturx", name))));
      return { name: `facturx/${name}`, invoice: readXml(embedded.content) };
    }),
  );
  return [...xml, ...pdfs];
}

const address = { adresse: "1 rue de la Paix", codePostal: "75002", ville: "Paris", pays: "France" };
const supplier = { identifierType: "SIRET", identifier: "12345678900014", raisonSociale: "LE FOURNISSEUR", ...address, iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX" };
const brest = { identifierType: "SIRET", identifier: "24290031400012", raisonSociale: "BREST METROPOLE BUDGET PRINCIPAL", ...address };

/** The portal's own invoices (the Factur-X it writes), as read back from its own CII. */
function ownInvoices(): Source[] {
  const forms = {
    "own: seed invoice": {},
    "own: an avoir with a factor and a comment": { type: "AVOIR" as const, originalInvoiceNumber: "F-2025-099", factor: "FACTOR SA", comment: "Livraison en deux fois" },
    "own: several rates and a discount": { lines: [pommesLine, { denomination: "Poires", quantity: "2.5", unit: "KGM" as const, unitPriceNet: "3.333333", discountNet: "0.50", vatRate: "20" }], marketNumber: "M-42", engagementNumber: "BM124" },
    "own: exempt": { vatRegime: "EXONERE" as const, exemptionReason: "Exonération de TVA, article 261 du CGI", lines: [{ ...pommesLine, vatRate: "0" }] },
    "own: TVA sur les encaissements, paid by cheque, cadre A2": { vatRegime: "ENCAISSEMENTS" as const, paymentMode: "CHEQUE" as const, cadre: "A2" as const },
  };
  return Object.entries(forms).map(([name, overrides]) => {
    const invoice = invoiceFormSchema.parse(seedInvoiceForm(overrides));
    const einvoice = toEInvoice({ number: invoice.invoiceNumber!, invoice, supplier, recipient: brest, recipientService: { code: "FACTURES" }, attachments: [] });
    return { name, invoice: readCii(parseXml(writeCii(einvoice))).invoice };
  });
}

// A read model goes back to a writer as it came: the writers take the model of a valid invoice.
const throughCii = (invoice: ReadEInvoice) => readCii(parseXml(writeCii(invoice as EInvoice))).invoice;
const throughUbl = (invoice: ReadEInvoice) => readUbl(parseXml(writeUbl(invoice as EInvoice))).invoice;

/** What CII cannot say: a VAT accounting currency (BT-6) equal to the invoice's (BT-5), which CII's BR-53 forbids. */
function throughCiiExpected(invoice: ReadEInvoice): ReadEInvoice {
  if (invoice.taxCurrency === undefined || invoice.taxCurrency !== invoice.currency) return invoice;
  const { taxCurrency: _same, ...rest } = invoice;
  return rest;
}

/**
 * What UBL cannot leave out, as the UBL writer fills it: a gross price (BT-148) is the BaseAmount of a
 * Price/AllowanceCharge whose Amount (BT-147) the schema requires, given as gross minus net (EN 16931: BT-146 =
 * BT-148 - BT-147); a TaxTotal requires its TaxAmount (BT-110), given as the sum of the VAT breakdown. The count of
 * BT-110 occurrences is no business term (the reader notes it for BR-CO-15), and the writer writes BT-110 once.
 */
function throughUblExpected(invoice: ReadEInvoice): ReadEInvoice {
  const { taxTotalOccurrences: _occurrences, ...totals } = invoice.totals ?? {};
  return {
    ...invoice,
    ...(invoice.totals && { totals: { ...totals, ...compactTaxTotal(ublTaxTotal(invoice as EInvoice)) } }),
    ...(invoice.lines && {
      lines: invoice.lines.map((line) =>
        line.grossPrice !== undefined && line.priceDiscount === undefined && line.netPrice !== undefined
          ? { ...line, priceDiscount: new Decimal(line.grossPrice).minus(line.netPrice).toFixed() }
          : line,
      ),
    }),
  };
}
const compactTaxTotal = (taxTotal: string | undefined) => (taxTotal === undefined ? {} : { taxTotal });

/**
 * A text any reader gives back as it is: not empty, no space at either end (the XML parser trims), no control
 * character (not allowed in XML 1.0), no "\r" (XML normalises line ends), no "#" (UBL codes a note's subject as #AAI#).
 */
const text = fc
  .string({ unit: fc.constantFrom(..."aZ09 éèàçŒœ€&<>\"'/-.,;:()_*\n".split("")), minLength: 1, maxLength: 24 })
  .filter((value) => value.trim() === value && value !== "");

type Edit = (invoice: ReadEInvoice) => ReadEInvoice;

/** The optional groups of the document level, moved whole from one invoice to another or dropped. */
const GROUPS = ["delivery", "taxRepresentative", "invoicingPeriod", "payee", "precedingInvoices", "allowancesCharges", "attachments", "invoicedObjectId", "payment"] as const;

function edits(all: ReadEInvoice[]): fc.Arbitrary<Edit> {
  const firstLine = (invoice: ReadEInvoice, change: (line: NonNullable<ReadEInvoice["lines"]>[number]) => object): ReadEInvoice =>
    invoice.lines?.length ? { ...invoice, lines: [{ ...invoice.lines[0], ...change(invoice.lines[0]) }, ...invoice.lines.slice(1)] } : invoice;
  return fc.oneof(
    text.map((value): Edit => (invoice) => ({ ...invoice, number: value })),
    text.map((value): Edit => (invoice) => ({ ...invoice, buyerReference: value })),
    text.map((value): Edit => (invoice) => ({ ...invoice, seller: { ...invoice.seller, name: value } })),
    text.map((value): Edit => (invoice) => ({ ...invoice, buyer: { ...invoice.buyer, tradingName: value } })),
    fc.tuple(text, fc.option(fc.constantFrom("AAI", "REG", "PMT"), { nil: undefined })).map(([value, subjectCode]): Edit => (invoice) => ({
      ...invoice,
      notes: [...(invoice.notes ?? []), value],
      noteDetails: [...(invoice.noteDetails ?? []), subjectCode ? { subjectCode, text: value } : { text: value }],
    })),
    text.map((value): Edit => (invoice) => firstLine(invoice, () => ({ name: value }))),
    text.map((value): Edit => (invoice) => firstLine(invoice, () => ({ note: value }))),
    fc.tuple(text, text).map(([name, value]): Edit => (invoice) => firstLine(invoice, (line) => ({ attributes: [...(line.attributes ?? []), { name, value }] }))),
    fc.tuple(fc.constantFrom(...GROUPS), fc.nat()).map(([group, index]): Edit => (invoice) => {
      const donor = all[index % all.length];
      return donor[group] === undefined ? invoice : { ...invoice, [group]: donor[group] };
    }),
    fc.constantFrom(...GROUPS).map((group): Edit => (invoice) => {
      const { [group]: _dropped, ...rest } = invoice;
      return rest;
    }),
  );
}

/** A read invoice with one to five edits, as a reader would give it. */
function variation(all: ReadEInvoice[]): fc.Arbitrary<ReadEInvoice> {
  return fc.tuple(fc.constantFrom(...all), fc.array(edits(all), { minLength: 1, maxLength: 5 })).map(([invoice, changes]) => changes.reduce((current, change) => change(current), invoice));
}

const sources = [...(await fixtureInvoices()), ...ownInvoices()];

describe("round trip: read → write → read gives the same model", () => {
  it.each(sources.map((source) => [source.name, source.invoice] as const))("%s through CII", (_name, invoice) => {
    expect(throughCii(invoice)).toEqual(throughCiiExpected(invoice));
  });

  it.each(sources.map((source) => [source.name, source.invoice] as const))("%s through UBL", (_name, invoice) => {
    expect(throughUbl(invoice)).toEqual(throughUblExpected(invoice));
  });

  it.each([
    ["CII", throughCii, throughCiiExpected],
    ["UBL", throughUbl, throughUblExpected],
  ] as const)("holds through %s on variations of them: terms changed to odd texts, dropped, or taken from another invoice", (_syntax, through, expected) => {
    fc.assert(
      fc.property(variation(sources.map((source) => source.invoice)), (invoice) => {
        expect(through(invoice)).toEqual(expected(invoice));
      }),
      { seed: 17, numRuns: 150 },
    );
  });

  it("reads every fixture (none left out by accident)", () => {
    expect(sources.length).toBeGreaterThanOrEqual(35);
  });
});
