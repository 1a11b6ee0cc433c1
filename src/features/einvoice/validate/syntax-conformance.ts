// The syntax rules (UBL-SR, UBL-CR, UBL-DT of the UBL binding; CII-SR, CII-DT of the CII binding), rule by rule, for
// `npm run conformance`: which of the CEN's example invoices (valid, so none should raise a fatal one) raise each, and
// how many CII rules the portal checks (the UBL CEN unit tests' own checks of UBL-SR/UBL-DT are in the main report).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseXml } from "../read/safe-xml.ts";
import { readXmlInvoice } from "../read/xml-invoice.ts";
import type { RuleConformance } from "./conformance.ts";
import { CII_SYNTAX_RULES } from "./rules/cii-syntax.ts";

export const SYNTAX_RULE_FAMILIES = ["UBL-SR", "UBL-CR", "UBL-DT", "CII-SR", "CII-DT"] as const;
export const isSyntaxRule = (rule: string) => SYNTAX_RULE_FAMILIES.some((family) => rule.startsWith(`${family}-`));

export type SyntaxRuleFigures = {
  rule: string;
  /** The CEN flag when the portal knows the rule's catalogue (CII), else the flag it raised with. */
  severity?: "fatal" | "warning";
  /** CEN unit-test expectations about this rule: passed / total (UBL testSets only). */
  testsPassed: number;
  testsTotal: number;
  /** The example invoices of its syntax that raise it. */
  raisedOn: string[];
};

export type SyntaxConformance = {
  rules: SyntaxRuleFigures[];
  /** Example invoices read per syntax, and those that could not be read (with why). */
  examples: { UBL: number; CII: number };
  unreadable: { file: string; reason: string }[];
  /** Per family: rules the portal checks (known for CII), rules raised on an example, fatal ones among them. */
  families: { family: string; checked?: number; raised: number; fatalRaised: number }[];
};

const xmlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(".xml"))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

/**
 * Reads every example of the folders and gathers, per syntax rule, the examples raising it and the unit tests' checks;
 * `everyRule`: also the rules checked but neither tested nor raised (every CII-SR / CII-DT, with its flag).
 */
export function syntaxConformance(exampleDirs: string[], unitTests: Pick<RuleConformance, "rule" | "passed" | "total">[] = [], options: { everyRule?: boolean } = {}): SyntaxConformance {
  const byRule = new Map<string, SyntaxRuleFigures>();
  const entry = (rule: string) => {
    const found = byRule.get(rule) ?? { rule, testsPassed: 0, testsTotal: 0, raisedOn: [] };
    byRule.set(rule, found);
    return found;
  };
  for (const tested of unitTests.filter((item) => isSyntaxRule(item.rule))) Object.assign(entry(tested.rule), { testsPassed: tested.passed, testsTotal: tested.total });
  const examples = { UBL: 0, CII: 0 };
  const unreadable: SyntaxConformance["unreadable"] = [];
  for (const dir of exampleDirs) {
    for (const name of xmlFiles(dir)) {
      try {
        const read = readXmlInvoice(parseXml(readFileSync(path.join(dir, name))));
        if (read.syntax === "UBL" || read.syntax === "CII") examples[read.syntax]++;
        for (const finding of read.syntaxFindings.filter((item) => isSyntaxRule(item.rule))) {
          const figures = entry(finding.rule);
          figures.severity = finding.severity;
          if (!figures.raisedOn.includes(name)) figures.raisedOn.push(name);
        }
      } catch (error) {
        unreadable.push({ file: name, reason: (error as Error).message });
      }
    }
  }
  if (options.everyRule) for (const rule of CII_SYNTAX_RULES) entry(rule.rule);
  const catalogue = new Map(CII_SYNTAX_RULES.map((rule) => [rule.rule, rule.severity]));
  for (const figures of byRule.values()) figures.severity = catalogue.get(figures.rule) ?? figures.severity;
  const rules = [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule, "en", { numeric: true }));
  const families = SYNTAX_RULE_FAMILIES.map((family) => {
    const raised = rules.filter((rule) => rule.rule.startsWith(`${family}-`) && rule.raisedOn.length > 0);
    const checked = CII_SYNTAX_RULES.filter((rule) => rule.rule.startsWith(`${family}-`)).length;
    return { family, ...(checked > 0 ? { checked } : {}), raised: raised.length, fatalRaised: raised.filter((rule) => rule.severity === "fatal").length };
  });
  return { rules, examples, unreadable, families };
}
