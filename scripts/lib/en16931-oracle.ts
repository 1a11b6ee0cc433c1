// The official CEN rules as the oracle of our validator: the EN 16931 validation artefacts (schematron compiled to
// XSLT, tests/fixtures/en16931/xslt) run by Saxon-HE over a set of invoices, one JVM per syntax for the whole set
// (Saxon transforms a folder with the stylesheet compiled once), and their fatal rules compared with ours.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { EInvoiceReadError, fatalFindings, parseXml, validateEInvoice, type Finding } from "../../src/features/einvoice/index.ts";
import { readXmlInvoice } from "../../src/features/einvoice/read/xml-invoice.ts";
import type { Saxon } from "./saxon.ts";

export type OracleSyntax = "UBL" | "CII";
export type OracleInvoice = { name: string; syntax: OracleSyntax; xml: string };
export type OracleFinding = { rule: string; flag: string; location: string; text: string };

export const CEN_XSLT_DIR = path.resolve(import.meta.dirname, "../../tests/fixtures/en16931/xslt");
const STYLESHEETS: Record<OracleSyntax, string> = { UBL: "EN16931-UBL-validation.xslt", CII: "EN16931-CII-validation.xslt" };

/** The CEN artefacts still name the IGIC and IPSI rules BR-AF and BR-AG; our validator, as EN 16931 now does, BR-IG and BR-IP. */
const CEN_PREFIXES: Record<string, string> = { "BR-AF-": "BR-IG-", "BR-AG-": "BR-IP-" };
export const ourRuleId = (cenRule: string) => {
  const prefix = Object.keys(CEN_PREFIXES).find((former) => cenRule.startsWith(former));
  return prefix ? CEN_PREFIXES[prefix] + cenRule.slice(prefix.length) : cenRule;
};

/** The syntax of an invoice's XML, from its root element (UBL Invoice/CreditNote, CII CrossIndustryInvoice). */
export function syntaxOf(xml: string): OracleSyntax | undefined {
  const root = /<(?:[\w.-]+:)?(Invoice|CreditNote|CrossIndustryInvoice)[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""));
  if (!root) return undefined;
  return root[1] === "CrossIndustryInvoice" ? "CII" : "UBL";
}

/** Runs Saxon over a folder; resolves even when some transformations failed (their reports are then missing). */
function run(saxon: Saxon, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(saxon.java, ["-cp", saxon.jar, "net.sf.saxon.Transform", ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-20_000)));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 || code === 2 ? resolve(stderr) : reject(new Error(`Saxon a échoué (code ${code}) : ${stderr.trim()}`))));
  });
}

const svrlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", removeNSPrefix: true, isArray: () => true });

/** The failed assertions of an SVRL report. */
export function failedAsserts(svrl: string): OracleFinding[] {
  const report = svrlParser.parse(svrl) as { "schematron-output"?: { "failed-assert"?: Record<string, unknown>[] }[] };
  return (report["schematron-output"]?.[0]?.["failed-assert"] ?? []).map((assert) => {
    const text = (assert.text as unknown[] | undefined)?.[0];
    return {
      rule: ourRuleId(String(assert.id ?? "")),
      flag: String(assert.flag ?? ""),
      location: String(assert.location ?? ""),
      text: (typeof text === "string" ? text : String((text as { "#text"?: string } | undefined)?.["#text"] ?? "")).trim(),
    };
  });
}

/**
 * Runs the CEN artefacts over the invoices: their failed assertions, by invoice name. An invoice the artefacts stop on
 * (a dynamic error, e.g. a date the XML schema would refuse: they assume a schema-valid invoice) has no entry.
 */
export async function runOracle(saxon: Saxon, invoices: OracleInvoice[], xsltDir = CEN_XSLT_DIR): Promise<Map<string, OracleFinding[]>> {
  const workDir = mkdtempSync(path.join(tmpdir(), "en16931-oracle-"));
  try {
    const results = new Map<string, OracleFinding[]>();
    await Promise.all(
      (["UBL", "CII"] as const).map(async (syntax) => {
        const ofSyntax = invoices.filter((invoice) => invoice.syntax === syntax);
        if (ofSyntax.length === 0) return;
        const input = path.join(workDir, `${syntax}-in`);
        const output = path.join(workDir, `${syntax}-out`);
        mkdirSync(input);
        mkdirSync(output);
        // Files named by position: the invoices' own names may repeat or differ only in case.
        ofSyntax.forEach((invoice, index) => writeFileSync(path.join(input, `${index}.xml`), invoice.xml));
        await run(saxon, [`-s:${input}`, `-o:${output}`, `-xsl:${path.join(xsltDir, STYLESHEETS[syntax])}`]);
        ofSyntax.forEach((invoice, index) => {
          const report = path.join(output, `${index}.xml`);
          if (existsSync(report)) results.set(invoice.name, failedAsserts(readFileSync(report, "utf8")));
        });
      }),
    );
    return results;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Our side: the reader, then the validator; a refusal by the reader is kept with its message. */
export type OurOutcome = { findings: Finding[]; refused?: string };

export function ourOutcome(xml: string): OurOutcome {
  try {
    const read = readXmlInvoice(parseXml(xml));
    return { findings: validateEInvoice(read.invoice, read.syntaxFindings, read.syntax) };
  } catch (error) {
    const message = error instanceof EInvoiceReadError ? `${error.code} : ${error.message}` : `exception : ${(error as Error).message}`;
    return { findings: [], refused: message };
  }
}

/** A fatal rule raised by one side only ("ours": our validator alone; "cen": the official artefacts alone). */
export type Disagreement = { invoice: string; rule: string; raisedBy: "ours" | "cen"; message: string };

/** The reader refusing an invoice is a disagreement of its own, named after no rule. */
export const READ_REFUSAL = "LECTURE";

export function fatalDisagreements(invoice: string, ours: OurOutcome, cen: OracleFinding[]): Disagreement[] {
  if (ours.refused) return [{ invoice, rule: READ_REFUSAL, raisedBy: "ours", message: ours.refused }];
  const ourFatal = new Map(fatalFindings(ours.findings).map((finding) => [finding.rule, finding.message]));
  const cenFatal = new Map(cen.filter((finding) => finding.flag === "fatal").map((finding) => [finding.rule, finding.text]));
  return [
    ...[...ourFatal].filter(([rule]) => !cenFatal.has(rule)).map(([rule, message]) => ({ invoice, rule, raisedBy: "ours" as const, message })),
    ...[...cenFatal].filter(([rule]) => !ourFatal.has(rule)).map(([rule, message]) => ({ invoice, rule, raisedBy: "cen" as const, message })),
  ];
}

export type OracleComparison = {
  compared: number;
  disagreements: Disagreement[];
  /** The invoices the CEN artefacts stopped on (no report): not compared. */
  notCompared: string[];
};

/** Runs both sides over the invoices: every disagreement about a fatal rule. */
export async function compareWithOracle(saxon: Saxon, invoices: OracleInvoice[]): Promise<OracleComparison> {
  const cen = await runOracle(saxon, invoices);
  const compared = invoices.filter((invoice) => cen.has(invoice.name));
  return {
    compared: compared.length,
    disagreements: compared.flatMap((invoice) => fatalDisagreements(invoice.name, ourOutcome(invoice.xml), cen.get(invoice.name) ?? [])),
    notCompared: invoices.filter((invoice) => !cen.has(invoice.name)).map((invoice) => invoice.name),
  };
}
