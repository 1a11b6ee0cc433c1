// npm run conformance [-- DIR] [--only BR-CO,BR-S] [--verbose]
// npm run conformance -- --oracle DIR [--mutants N] [--verbose]: our validator against the CEN artefacts (scripts/lib/conformance-oracle.ts).
// Runs the CEN EN 16931 unit tests (UBL) against the portal's reader and validator: one line per rule, the total,
// then the syntax rules (UBL-SR/DT, CII-SR/DT) one by one on the CEN's example invoices, then a last JSON line for
// CI. Exit code 1 when any test fails.
import { existsSync } from "node:fs";
import path from "node:path";
import { runConformance } from "../src/features/einvoice/index.ts";
import { runOracleConformance } from "./lib/conformance-oracle.ts";
import { printSyntaxConformance } from "./lib/conformance-syntax.ts";

// The CEN unit tests beside the project, or the copy the tests use (tests/fixtures) when that folder is not there.
const SHARED_DIR = "../shared/fixtures/en16931/unit-ubl-invoice";
const DEFAULT_DIR = existsSync(SHARED_DIR) ? SHARED_DIR : "tests/fixtures/en16931/unit-ubl-invoice";

function parseArguments(argv: string[]) {
  let dir = DEFAULT_DIR;
  let only: string[] | undefined;
  let verbose = false;
  let oracle: string | undefined;
  let mutants = 0;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--verbose" || argument === "-v") verbose = true;
    else if (argument === "--oracle") oracle = argv[++index];
    else if (argument === "--mutants") mutants = Number(argv[++index]);
    else if (argument === "--only") only = (argv[++index] ?? "").split(",").map((prefix) => prefix.trim()).filter(Boolean);
    else if (argument.startsWith("--only=")) only = argument.slice("--only=".length).split(",").map((prefix) => prefix.trim()).filter(Boolean);
    else if (argument.startsWith("-")) throw new Error(`Option inconnue : ${argument}`);
    else dir = argument;
  }
  if (oracle !== undefined && !oracle) throw new Error("--oracle attend un dossier de factures.");
  if (!Number.isInteger(mutants) || mutants < 0) throw new Error("--mutants attend un nombre entier positif.");
  return { dir: path.resolve(process.cwd(), dir), only, verbose, oracle: oracle && path.resolve(process.cwd(), oracle), mutants };
}

async function main() {
  const { dir, only, verbose, oracle, mutants } = parseArguments(process.argv.slice(2));
  if (oracle) {
    process.exitCode = await runOracleConformance(oracle, { mutants, verbose });
    return;
  }
  const report = runConformance(dir, { only });
  const width = Math.max(12, ...report.rules.map((rule) => rule.rule.length + 2));
  for (const rule of report.rules) {
    const failing = rule.passed < rule.total;
    console.log(`${rule.rule.padEnd(width)} ${rule.passed}/${rule.total}${failing ? "   ✗ ÉCHEC" : ""}`);
    if (verbose && failing) {
      for (const failure of rule.failures) {
        console.log(`    - ${failure.file} test ${failure.test} (${failure.expectation}) : ${failure.description}${failure.reason ? ` — ${failure.reason}` : ""}`);
      }
    }
  }
  console.log(
    `Total : ${report.testsPassed}/${report.testsTotal} tests réussis, ${report.rulesPassed}/${report.rulesTotal} règles entièrement conformes (${dir}).`,
  );
  const syntax = printSyntaxConformance(report.rules, verbose);
  console.log(
    JSON.stringify({ tests_passed: report.testsPassed, tests_total: report.testsTotal, rules_passed: report.rulesPassed, rules_total: report.rulesTotal, ...syntax.json }),
  );
  // No test at all (wrong folder, --only matching nothing) is a failure too: CI must not pass on nothing; nor a fatal
  // syntax rule raised on one of the CEN's valid examples.
  process.exitCode = report.testsTotal > 0 && report.testsPassed === report.testsTotal && syntax.clean ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`Conformité : ${(error as Error).message}`);
  process.exitCode = 2;
});
