// The official CEN rules as the oracle of our validator: the EN 16931 validation artefacts (XSLT, run by Saxon-HE)
// and our reader + validator must raise the same fatal rules on every fixture (UBL, CII, the CII of the Factur-X
// PDFs) and on a few hundred invoices mutated from them. Saxon is installed before vitest (scripts/ensure-saxon.ts);
// only where it cannot be is this test skipped, and it says so.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { invoicesIn } from "../../../scripts/lib/en16931-invoices.ts";
import { mutateInvoices } from "../../../scripts/lib/en16931-mutations.ts";
import { compareWithOracle, fatalDisagreements, failedAsserts, ourOutcome, type OracleInvoice } from "../../../scripts/lib/en16931-oracle.ts";
import { findSaxon } from "../../../scripts/lib/saxon.ts";

const FIXTURES = ["en16931/ubl", "en16931/cii", "facturx"].map((folder) => path.resolve("tests/fixtures", folder));
const MUTANTS = 300;
const SEED = 16931;

const saxon = findSaxon();
if (!saxon) console.warn("Test de l'oracle EN 16931 ignoré : Java ou Saxon-HE introuvable (sudo apt-get install libsaxonhe-java, ou SAXON_JAR=…).");

async function fixtures(): Promise<OracleInvoice[]> {
  const all: OracleInvoice[] = [];
  for (const folder of FIXTURES) {
    const { invoices } = await invoicesIn(folder);
    all.push(...invoices.map((invoice) => ({ ...invoice, name: `${path.basename(folder)}/${invoice.name}` })));
  }
  return all;
}

describe("the comparison with the oracle", () => {
  const svrl = (asserts: string) =>
    `<svrl:schematron-output xmlns:svrl="http://purl.oclc.org/dsdl/svrl">${asserts}</svrl:schematron-output>`;
  const assert = (id: string, flag: string) =>
    `<svrl:failed-assert test="x &gt; 1" id="${id}" flag="${flag}" location="/Invoice"><svrl:text>[${id}]-text</svrl:text></svrl:failed-assert>`;

  it("reads the failed assertions of an SVRL report, renaming BR-AF/BR-AG to BR-IG/BR-IP", () => {
    expect(failedAsserts(svrl(assert("BR-CO-15", "fatal") + assert("BR-AF-01", "fatal") + assert("UBL-CR-001", "warning")))).toEqual([
      { rule: "BR-CO-15", flag: "fatal", location: "/Invoice", text: "[BR-CO-15]-text" },
      { rule: "BR-IG-01", flag: "fatal", location: "/Invoice", text: "[BR-AF-01]-text" },
      { rule: "UBL-CR-001", flag: "warning", location: "/Invoice", text: "[UBL-CR-001]-text" },
    ]);
    expect(failedAsserts(svrl(""))).toEqual([]);
  });

  it("counts a fatal rule raised by one side only, both ways, and a refusal by our reader", () => {
    const ours = { findings: [{ rule: "BR-01", severity: "fatal" as const, message: "m", location: "BT-24" }, { rule: "BR-51", severity: "warning" as const, message: "w", location: "" }] };
    const cen = failedAsserts(svrl(assert("BR-01", "fatal") + assert("BR-CO-10", "fatal") + assert("UBL-CR-001", "warning")));
    expect(fatalDisagreements("a.xml", ours, cen)).toEqual([{ invoice: "a.xml", rule: "BR-CO-10", raisedBy: "cen", message: "[BR-CO-10]-text" }]);
    expect(fatalDisagreements("a.xml", { findings: [] }, [])).toEqual([]);
    expect(fatalDisagreements("a.xml", ours, [])).toEqual([{ invoice: "a.xml", rule: "BR-01", raisedBy: "ours", message: "m" }]);
    expect(fatalDisagreements("a.xml", ourOutcome("<Invoice"), [])[0]).toMatchObject({ rule: "LECTURE", raisedBy: "ours" });
  });

  it("mutates deterministically, in both syntaxes", async () => {
    const sources = await fixtures();
    const first = mutateInvoices(sources, 40, SEED);
    expect(mutateInvoices(sources, 40, SEED)).toEqual(first);
    expect(first).toHaveLength(40);
    expect(new Set(first.map((mutant) => mutant.syntax))).toEqual(new Set(["UBL", "CII"]));
    expect(first.every((mutant) => sources.every((source) => source.xml !== mutant.xml))).toBe(true);
  });
});

describe.skipIf(!saxon)("the CEN validation artefacts as the oracle (Saxon-HE)", () => {
  it(`agrees on every fatal rule over the fixtures and ${MUTANTS} mutations of them`, { timeout: 240_000 }, async () => {
    const sources = await fixtures();
    expect(sources.filter((source) => source.name.startsWith("facturx/")).length).toBeGreaterThanOrEqual(5);
    const invoices = [...sources, ...mutateInvoices(sources, MUTANTS, SEED)];
    const comparison = await compareWithOracle(saxon!, invoices);
    expect(comparison.notCompared).toEqual([]);
    expect(comparison.compared).toBe(invoices.length);
    // None, on the fixtures as on the mutants ("RULE side invoice~seed:mutations : message" names each one).
    expect(comparison.disagreements.map(({ invoice, rule, raisedBy, message }) => `${rule} ${raisedBy} ${invoice} : ${message}`)).toEqual([]);
  });
});
