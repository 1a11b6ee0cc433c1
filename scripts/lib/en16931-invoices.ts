// The invoices of a folder (and its sub-folders) for the oracle: UBL and CII XML files, and the CII XML that
// Factur-X / ZUGFeRD PDFs carry. Files that are neither (a testSet, a plain PDF) are left out and listed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractEmbeddedFiles } from "../../src/features/einvoice/index.ts";
import { syntaxOf, type OracleInvoice } from "./en16931-oracle.ts";

const EMBEDDED_XML_NAMES = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name, "en"))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

async function embeddedXml(pdf: Uint8Array): Promise<string | undefined> {
  try {
    const files = await extractEmbeddedFiles(pdf);
    const invoice = files.find((file) => EMBEDDED_XML_NAMES.includes(file.name.toLowerCase()));
    return invoice ? new TextDecoder().decode(invoice.content) : undefined;
  } catch {
    return undefined; // a corrupt PDF: no invoice to compare
  }
}

export async function invoicesIn(dir: string): Promise<{ invoices: OracleInvoice[]; skipped: string[] }> {
  const invoices: OracleInvoice[] = [];
  const skipped: string[] = [];
  for (const file of filesUnder(dir)) {
    const name = path.relative(dir, file);
    const lower = file.toLowerCase();
    const xml = lower.endsWith(".xml") ? readFileSync(file, "utf8") : lower.endsWith(".pdf") ? await embeddedXml(readFileSync(file)) : undefined;
    const syntax = xml === undefined ? undefined : syntaxOf(xml);
    if (xml !== undefined && syntax) invoices.push({ name, syntax, xml });
    else skipped.push(name);
  }
  return { invoices, skipped };
}
