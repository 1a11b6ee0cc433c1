// The syntax rules' figures of `npm run conformance`: the CEN's examples raise no fatal syntax rule; an example that
// breaks one is counted against its rule and family.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syntaxConformance } from "@/features/einvoice/validate/syntax-conformance.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/en16931");

describe("syntaxConformance", () => {
  it("finds no syntax rule raised on the CEN's example invoices, and counts the CII rules checked", () => {
    const report = syntaxConformance([path.join(FIXTURES, "cii"), path.join(FIXTURES, "ubl")], [{ rule: "UBL-SR-12", passed: 2, total: 2 }]);
    expect(report.examples).toEqual({ UBL: 18, CII: 12 });
    expect(report.unreadable).toEqual([]);
    expect(report.families.find((family) => family.family === "CII-SR")).toEqual({ family: "CII-SR", checked: 482, raised: 0, fatalRaised: 0 });
    expect(report.rules).toEqual([{ rule: "UBL-SR-12", testsPassed: 2, testsTotal: 2, raisedOn: [] }]);
  });

  it("counts an example that breaks a rule against the rule and its family, with the CEN flag", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syntax-conformance-"));
    const xml = readFileSync(path.join(FIXTURES, "cii", "CII_example1.xml"), "utf8");
    writeFileSync(path.join(dir, "two-type-codes.xml"), xml.replace(/(<ram:TypeCode>380<\/ram:TypeCode>)/, "$1$1"));
    const report = syntaxConformance([dir], [], { everyRule: true });
    expect(report.rules.find((rule) => rule.rule === "CII-SR-014")).toEqual({ rule: "CII-SR-014", severity: "fatal", testsPassed: 0, testsTotal: 0, raisedOn: ["two-type-codes.xml"] });
    expect(report.rules).toHaveLength(583);
    expect(report.families.find((family) => family.family === "CII-SR")).toMatchObject({ fatalRaised: 1 });
  });
});
