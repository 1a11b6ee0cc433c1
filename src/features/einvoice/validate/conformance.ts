// Conformance to the CEN unit tests of EN 16931 (UBL): each testSet file holds tests; each test expects rules to be
// raised (<error>, <warning>) or not (<success>) on a partial UBL invoice. The invoice is read with the UBL reader and
// validated as any deposited file is; a rule conforms when every expectation about it holds.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { EInvoiceReadError } from "../read/read-types.ts";
import { children, parseXml, textAt, type XmlNode, type XmlRoot } from "../read/safe-xml.ts";
import { readUbl } from "../read/ubl/ubl-reader.ts";
import { UBL_CREDIT_NOTE_NAMESPACE, UBL_INVOICE_NAMESPACE } from "../read/ubl/ubl-xml.ts";
import type { Finding } from "./finding.ts";
import { FORMER_VAT_RULE_PREFIXES } from "./rules/vat.ts";
import { validateEInvoice } from "./validate.ts";

export type Expectation = "success" | "error" | "warning";

/** One expectation of one test (a test may expect several rules). */
export type ConformanceCheck = {
  file: string;
  /** 1-based position of the test in its file. */
  test: number;
  rule: string;
  expectation: Expectation;
  description: string;
  passed: boolean;
  /** Why it failed, in a few words (read error, rule raised or not raised). */
  reason?: string;
};

export type RuleConformance = { rule: string; passed: number; total: number; failures: ConformanceCheck[] };

export type ConformanceReport = {
  rules: RuleConformance[];
  testsPassed: number;
  testsTotal: number;
  rulesPassed: number;
  rulesTotal: number;
};

const NAMESPACES: Record<string, string> = { Invoice: UBL_INVOICE_NAMESPACE, CreditNote: UBL_CREDIT_NOTE_NAMESPACE };
const EXPECTATIONS: Expectation[] = ["success", "error", "warning"];

/** "BR-CO" selects BR-CO-10 and BR-CO-15-2 but not BR-COX; an id selects itself. */
export const ruleSelected = (rule: string, prefixes: string[] | undefined) =>
  !prefixes || prefixes.length === 0 || prefixes.some((prefix) => rule === prefix || rule.startsWith(prefix.endsWith("-") ? prefix : `${prefix}-`));

/** The ids a test's rule may be raised under: itself, and today's id of a renamed rule (BR-AF-05 is BR-IG-05). */
export function ruleIds(rule: string): string[] {
  const former = Object.keys(FORMER_VAT_RULE_PREFIXES).find((prefix) => rule.startsWith(`${prefix}-`));
  return former ? [rule, FORMER_VAT_RULE_PREFIXES[former] + rule.slice(former.length)] : [rule];
}

const firstLine = (text: string | undefined) => text?.trim().split(/\r?\n/)[0].trim() || undefined;

/** Validates the invoice of a test; a file the reader refuses raises nothing and says why. */
function findingsOf(invoiceNode: XmlNode): { findings: Finding[]; error?: string } {
  const root: XmlRoot = { ...invoiceNode, namespace: NAMESPACES[invoiceNode.name] };
  try {
    const read = readUbl(root);
    return { findings: validateEInvoice(read.invoice, read.syntaxFindings, read.syntax) };
  } catch (error) {
    const message = error instanceof EInvoiceReadError ? `${error.code} : ${error.message}` : `exception : ${(error as Error).message}`;
    return { findings: [], error: message };
  }
}

/** The checks of one testSet file. */
export function runTestSet(file: string, xml: string): ConformanceCheck[] {
  const testSet = parseXml(xml);
  const setDescription = textAt(testSet, "assert/description");
  return children(testSet, "test").flatMap((test, index) => {
    const assert = children(test, "assert")[0];
    const description = firstLine(textAt(assert, "description")) ?? firstLine(setDescription) ?? `test ${test.attrs.id ?? index + 1}`;
    const invoice = test.children.find((node) => node.name in NAMESPACES);
    const outcome = invoice ? findingsOf(invoice) : { findings: [], error: "aucune facture Invoice ou CreditNote dans le test" };
    const raised = new Set(outcome.findings.map((finding) => finding.rule));
    const expectations = (assert?.children ?? []).filter((node): node is XmlNode => EXPECTATIONS.includes(node.name as Expectation));
    return expectations.map((expected): ConformanceCheck => {
      const rule = expected.text.trim();
      const expectation = expected.name as Expectation;
      const isRaised = ruleIds(rule).some((id) => raised.has(id));
      const passed = outcome.error === undefined && (expectation === "success" ? !isRaised : isRaised);
      const reason = outcome.error ?? (passed ? undefined : expectation === "success" ? `${rule} levée à tort` : `${rule} non levée`);
      return { file, test: index + 1, rule, expectation, description, passed, ...(reason ? { reason } : {}) };
    });
  });
}

/** Summarises checks per rule, rules sorted by id (numbers in natural order: BR-9 before BR-10). */
export function summarise(checks: ConformanceCheck[]): ConformanceReport {
  const byRule = new Map<string, RuleConformance>();
  for (const check of checks) {
    const entry = byRule.get(check.rule) ?? { rule: check.rule, passed: 0, total: 0, failures: [] };
    entry.total++;
    if (check.passed) entry.passed++;
    else entry.failures.push(check);
    byRule.set(check.rule, entry);
  }
  const rules = [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule, "en", { numeric: true }));
  return {
    rules,
    testsPassed: checks.filter((check) => check.passed).length,
    testsTotal: checks.length,
    rulesPassed: rules.filter((rule) => rule.passed === rule.total).length,
    rulesTotal: rules.length,
  };
}

/** Runs every *.xml testSet of a folder (optionally only the rules with the given id prefixes). */
export function runConformance(dir: string, options: { only?: string[] } = {}): ConformanceReport {
  const files = readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(".xml"))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const checks = files.flatMap((name) => {
    try {
      return runTestSet(name, readFileSync(path.join(dir, name), "utf8"));
    } catch (error) {
      // A testSet that cannot be parsed is one failed check, named after its file.
      const rule = name.replace(/\.xml$/i, "");
      return [{ file: name, test: 0, rule, expectation: "error" as const, description: "fichier de tests illisible", passed: false, reason: (error as Error).message }];
    }
  });
  return summarise(checks.filter((check) => ruleSelected(check.rule, options.only)));
}
