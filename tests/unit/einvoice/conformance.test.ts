import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ruleIds, ruleSelected, runConformance } from "@/features/einvoice/validate/conformance.ts";

const CEN_UNIT_TESTS = path.resolve("tests/fixtures/en16931/unit-ubl-invoice");

const invoice = (body: string) =>
  `<Invoice xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">${body}</Invoice>`;
const test = (expectation: string, description: string, body: string) =>
  `<test><assert><description>${description}</description>${expectation}</assert>${invoice(body)}</test>`;
const testSet = (...tests: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><testSet xmlns="http://difi.no/xsd/vefa/validator/1.0" configuration="tc434-ubl">${tests.join("")}</testSet>`;
const buyerVat = (...ids: string[]) =>
  `<cac:AccountingCustomerParty><cac:Party>${ids
    .map((id) => `<cac:PartyTaxScheme><cbc:CompanyID>${id}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>`)
    .join("")}</cac:Party></cac:AccountingCustomerParty>`;

describe("conformance runner", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "conformance-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  writeFileSync(
    path.join(dir, "UBL-SR-18.xml"),
    testSet(
      test("<success>UBL-SR-18</success>", "One buyer VAT identifier", buyerVat("FR32123456782")),
      test("<error>UBL-SR-18</error>", "Trigger error on two buyer VAT identifiers", buyerVat("FR32123456782", "FR40303265045")),
    ),
  );
  // A second folder adds expectations that do not hold: the runner must report them as failures, with the test's description.
  const mixedDir = mkdtempSync(path.join(tmpdir(), "conformance-mixed-"));
  afterAll(() => rmSync(mixedDir, { recursive: true, force: true }));
  cpSync(path.join(dir, "UBL-SR-18.xml"), path.join(mixedDir, "UBL-SR-18.xml"));
  writeFileSync(
    path.join(mixedDir, "wrong.xml"),
    testSet(
      test("<error>UBL-SR-12</error>", "Expects an error the invoice does not have\nsecond line", buyerVat("FR32123456782")),
      test("<success>UBL-SR-18</success><success>UBL-SR-12</success>", "Two expectations, one wrong", buyerVat("A", "B")),
    ),
  );
  writeFileSync(path.join(mixedDir, "notes.txt"), "not a test set");

  it("passes a success test and an error test that hold", () => {
    expect(runConformance(dir)).toEqual({ rules: [{ rule: "UBL-SR-18", passed: 2, total: 2, failures: [] }], testsPassed: 2, testsTotal: 2, rulesPassed: 1, rulesTotal: 1 });
  });

  it("keeps only the rules asked for", () => {
    const report = runConformance(mixedDir, { only: ["UBL-SR-18"] });
    expect(report.rules).toEqual([{ rule: "UBL-SR-18", passed: 2, total: 3, failures: [expect.objectContaining({ file: "wrong.xml", test: 2 })] }]);
  });

  it("reports per rule, with the failing tests' first description line, and the totals", () => {
    const report = runConformance(mixedDir);
    expect(report.rules.map((rule) => [rule.rule, rule.passed, rule.total])).toEqual([
      ["UBL-SR-12", 1, 2],
      ["UBL-SR-18", 2, 3],
    ]);
    expect(report.rules[0].failures).toEqual([
      expect.objectContaining({ file: "wrong.xml", test: 1, expectation: "error", description: "Expects an error the invoice does not have", passed: false, reason: "UBL-SR-12 non levée" }),
    ]);
    expect(report.rules[1].failures[0]).toMatchObject({ expectation: "success", description: "Two expectations, one wrong", reason: "UBL-SR-18 levée à tort" });
    expect(report).toMatchObject({ testsPassed: 3, testsTotal: 5, rulesPassed: 0, rulesTotal: 2 });
  });

  it("selects rules by id prefix, on a dash boundary", () => {
    expect(ruleSelected("BR-CO-10", ["BR-CO"])).toBe(true);
    expect(ruleSelected("BR-CO-15-2", ["BR-CO-15"])).toBe(true);
    expect(ruleSelected("BR-10", ["BR-1"])).toBe(false);
    expect(ruleSelected("BR-S-08", ["BR-CO", "BR-S"])).toBe(true);
    expect(ruleSelected("BR-S-08", undefined)).toBe(true);
  });

  it("matches a renamed rule under its current id (the CEN tests still say BR-AF for BR-IG)", () => {
    expect(ruleIds("BR-AF-05")).toEqual(["BR-AF-05", "BR-IG-05"]);
    expect(ruleIds("BR-AG-10")).toEqual(["BR-AG-10", "BR-IP-10"]);
    expect(ruleIds("BR-CO-10")).toEqual(["BR-CO-10"]);
  });
});

describe("CEN EN 16931 unit tests (UBL)", () => {
  it("the reader and the validator agree with every test of every rule", () => {
    const report = runConformance(CEN_UNIT_TESTS);
    const failing = report.rules
      .filter((rule) => rule.passed < rule.total)
      .flatMap((rule) => rule.failures.map((failure) => `${rule.rule} — ${failure.file} test ${failure.test}: ${failure.description} (${failure.reason})`));
    expect(failing).toEqual([]);
    expect(report.testsTotal).toBeGreaterThan(900);
    expect(report.testsPassed).toBe(report.testsTotal);
  });
});
