// The UBL writer against the readers: every CEN example (UBL and CII) read, written in UBL 2.1, read back by the
// UBL reader gives the same model as read from the source, every business term included, not only the totals.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { type EInvoice, parseXml, readUbl, type ReadEInvoice } from "@/features/einvoice/index.ts";
import { readXmlInvoice } from "@/features/einvoice/read/xml-invoice.ts";
import { UBL_EN16931_CUSTOMIZATION, ublTaxTotal, writeUbl } from "@/features/einvoice/write/ubl-writer.ts";

const FIXTURES = path.resolve("tests/fixtures/en16931");
const fixtures = ["ubl", "cii"].flatMap((folder) =>
  readdirSync(path.join(FIXTURES, folder))
    .filter((name) => /\.xml$/i.test(name))
    .map((name) => `${folder}/${name}`),
);

/**
 * What the UBL syntax adds or cannot carry, applied to the source's model: BT-24 written when the source had none;
 * a gross price's discount (BT-147), which UBL requires beside it, derived as gross minus net; the notes' texts
 * (BT-22) that a CII source gives without details; BT-110, which a UBL TaxTotal requires, as the sum of the
 * breakdown when the source had none; its occurrences (a count for BR-CO-15, not a term).
 */
function expectedAfterUbl(source: ReadEInvoice): ReadEInvoice {
  const { taxTotalOccurrences: _occurrences, ...totals } = source.totals ?? {};
  return JSON.parse(
    JSON.stringify({
      ...source,
      specificationId: source.specificationId ?? UBL_EN16931_CUSTOMIZATION,
      totals: source.totals && { ...totals, taxTotal: ublTaxTotal(source as EInvoice) },
      noteDetails: source.noteDetails ?? source.notes?.map((text) => ({ text })),
      lines: source.lines?.map((line) =>
        line.grossPrice !== undefined && line.priceDiscount === undefined && line.netPrice !== undefined
          ? { ...line, priceDiscount: new Decimal(line.grossPrice).minus(line.netPrice).toFixed() }
          : line,
      ),
    }),
  );
}

describe("UBL writer — round trip over the CEN examples", () => {
  it.each(fixtures)("%s", (fixture) => {
    const source = readXmlInvoice(parseXml(readFileSync(path.join(FIXTURES, fixture)))).invoice;
    const written = readUbl(parseXml(writeUbl(source as EInvoice)));
    expect(written.invoice).toEqual(expectedAfterUbl(source));
  });
});
