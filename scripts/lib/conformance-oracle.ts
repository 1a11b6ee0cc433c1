// npm run conformance -- --oracle DIR [--mutants N] [--verbose]: the invoices of DIR (UBL, CII, Factur-X PDFs), and N
// invoices mutated from them (none unless asked), run through the CEN validation artefacts and through our reader
// and validator; prints the disagreements about fatal rules rule by rule, then one JSON line. Exit code 1 on any.
import { mutateInvoices } from "./en16931-mutations.ts";
import { compareWithOracle, type Disagreement } from "./en16931-oracle.ts";
import { invoicesIn } from "./en16931-invoices.ts";
import { findSaxon } from "./saxon.ts";

const SEED = 16931;

export async function runOracleConformance(dir: string, options: { mutants: number; verbose: boolean }): Promise<number> {
  const saxon = findSaxon();
  if (!saxon) throw new Error("Java ou Saxon-HE introuvable : sudo apt-get install libsaxonhe-java (ou SAXON_JAR=/chemin/vers/saxon-he.jar).");
  const { invoices, skipped } = await invoicesIn(dir);
  if (invoices.length === 0) throw new Error(`aucune facture UBL, CII ou Factur-X dans ${dir}.`);
  const all = [...invoices, ...mutateInvoices(invoices, options.mutants, SEED)];
  const comparison = await compareWithOracle(saxon, all);
  const byRule = new Map<string, Disagreement[]>();
  for (const disagreement of comparison.disagreements) byRule.set(disagreement.rule, [...(byRule.get(disagreement.rule) ?? []), disagreement]);
  const rules = [...byRule].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }));
  const width = Math.max(12, ...rules.map(([rule]) => rule.length + 2));
  for (const [rule, disagreements] of rules) {
    const ours = disagreements.filter((disagreement) => disagreement.raisedBy === "ours").length;
    console.log(`${rule.padEnd(width)} ${disagreements.length} désaccord(s) : levée par nous seuls ${ours}, par le CEN seul ${disagreements.length - ours}`);
    for (const disagreement of options.verbose ? disagreements : disagreements.slice(0, 3)) {
      console.log(`    - ${disagreement.invoice} (${disagreement.raisedBy === "ours" ? "nous" : "CEN"}) : ${disagreement.message}`);
    }
  }
  if (skipped.length > 0) console.log(`Ignorés (ni UBL, ni CII, ni Factur-X) : ${skipped.join(", ")}`);
  if (comparison.notCompared.length > 0) console.log(`Non comparées (le CEN s'arrête sur un XML hors schéma) : ${comparison.notCompared.join(", ")}`);
  const invoicesInDisagreement = new Set(comparison.disagreements.map((disagreement) => disagreement.invoice)).size;
  console.log(
    `Oracle : ${comparison.compared - invoicesInDisagreement}/${comparison.compared} factures en accord avec les artefacts du CEN sur les règles bloquantes, ${rules.length} règle(s) en désaccord (${dir}).`,
  );
  console.log(
    JSON.stringify({
      oracle_invoices: comparison.compared,
      oracle_mutants: all.length - invoices.length,
      oracle_invoices_agreeing: comparison.compared - invoicesInDisagreement,
      oracle_disagreements: comparison.disagreements.length,
      oracle_rules_disagreeing: rules.length,
      oracle_not_compared: comparison.notCompared.length,
    }),
  );
  return comparison.disagreements.length === 0 && comparison.compared > 0 ? 0 : 1;
}
