// The syntax rules' part of `npm run conformance`: one line per syntax rule (UBL-SR, UBL-CR, UBL-DT, CII-SR, CII-DT)
// that the CEN unit tests check or that one of the CEN's example invoices raises (--verbose: every CII rule checked),
// then one line per family. The CEN
// examples are valid invoices: a fatal syntax rule raised on one is a false alarm of ours and fails the run.
import { existsSync } from "node:fs";
import path from "node:path";
import type { RuleConformance } from "../../src/features/einvoice/validate/conformance.ts";
import { syntaxConformance } from "../../src/features/einvoice/validate/syntax-conformance.ts";

/** The CEN example invoices beside the project, or the copies the tests use. */
function exampleDirs(): string[] {
  return ["cii", "ubl"].map((syntax) => {
    const shared = `../shared/fixtures/en16931/${syntax}`;
    return path.resolve(process.cwd(), existsSync(shared) ? shared : `tests/fixtures/en16931/${syntax}`);
  });
}

/** Prints the figures per syntax rule; gives the summary for the last JSON line and whether the examples are clean. */
export function printSyntaxConformance(unitTests: RuleConformance[], verbose: boolean) {
  const report = syntaxConformance(exampleDirs().filter(existsSync), unitTests, { everyRule: verbose });
  console.log(`Règles de syntaxe (exemples du CEN : ${report.examples.UBL} UBL, ${report.examples.CII} CII) :`);
  const width = Math.max(12, ...report.rules.map((rule) => rule.rule.length + 2));
  for (const rule of report.rules) {
    const tests = rule.testsTotal > 0 ? `tests ${rule.testsPassed}/${rule.testsTotal}` : "tests -";
    const raised = rule.raisedOn.length > 0 ? `levée sur ${rule.raisedOn.length} exemple(s)${rule.severity === "fatal" ? "   ✗ bloquante sur une facture valide" : ""}` : "levée sur aucun exemple";
    console.log(`${rule.rule.padEnd(width)} ${(rule.severity ?? "").padEnd(8)} ${tests.padEnd(12)} ${raised}`);
    if (verbose && rule.raisedOn.length > 0) console.log(`    - ${rule.raisedOn.join(", ")}`);
  }
  for (const family of report.families) {
    const checked = family.checked === undefined ? "" : `${family.checked} règles vérifiées, `;
    console.log(`${family.family} : ${checked}${family.raised} levée(s) sur les exemples, dont ${family.fatalRaised} bloquante(s).`);
  }
  for (const file of report.unreadable) console.log(`Exemple illisible : ${file.file} — ${file.reason}`);
  const fatalRaised = report.families.reduce((sum, family) => sum + family.fatalRaised, 0);
  return {
    clean: fatalRaised === 0 && report.unreadable.length === 0,
    json: {
      syntax_rules: Object.fromEntries(report.families.map((family) => [family.family, { checked: family.checked ?? null, raised_on_examples: family.raised, fatal_raised_on_examples: family.fatalRaised }])),
      syntax_examples: report.examples.UBL + report.examples.CII,
    },
  };
}
