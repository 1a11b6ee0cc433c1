// The CII syntax rules (CII-SR, CII-DT) of the CEN artefact, each on a failing and a passing invoice: the CEN's CII
// examples pass every rule; for each rule written as data, the first example holding a node the rule judges is
// mutated (the element or attribute added, repeated past its count, or removed) and must raise it, with the CEN flag.
// The hand-written conditions have their own failing and passing variants below.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCii } from "@/features/einvoice/read/cii/cii-reader.ts";
import { parseXml, type XmlNode, type XmlRoot } from "@/features/einvoice/read/safe-xml.ts";
import { validateEInvoice } from "@/features/einvoice/validate/validate.ts";
import { CII_SYNTAX_CONDITIONS } from "@/features/einvoice/validate/rules/cii-syntax-conditions.ts";
import { CII_SYNTAX_CONTEXTS } from "@/features/einvoice/validate/rules/cii-syntax-contexts.ts";
import { CII_SYNTAX_RULES, ciiSyntaxFindings, contextIndexOf } from "@/features/einvoice/validate/rules/cii-syntax.ts";
import type { CiiSyntaxRule } from "@/features/einvoice/validate/rules/cii-syntax-types.ts";

const DIR = path.resolve(import.meta.dirname, "../../fixtures/en16931/cii");
const EXAMPLES = readdirSync(DIR)
  .filter((name) => name.endsWith(".xml"))
  .sort()
  .map((name) => ({ name, xml: readFileSync(path.join(DIR, name), "utf8") }));

const element = (name: string, text = "x", attrs: Record<string, string> = {}): XmlNode => ({ name, attrs, text, children: [] });
const clone = (root: XmlRoot): XmlRoot => structuredClone(root);
const raised = (root: XmlNode) => ciiSyntaxFindings(root).map((finding) => finding.rule);

/** Every node with the names of its path from the root. */
function walk(node: XmlNode, names: string[] = [node.name]): { node: XmlNode; names: string[] }[] {
  return [{ node, names }, ...node.children.flatMap((child) => walk(child, [...names, child.name]))];
}

/** Adds the chain of elements of a path under a node (the attribute at its end set on the last one). */
function add(node: XmlNode, rulePath: string) {
  const steps = rulePath.split("/");
  let current = node;
  for (const step of steps) {
    if (step.startsWith("@")) current.attrs[step.slice(1)] = "x";
    else {
      const next = element(step);
      current.children.push(next);
      current = next;
    }
  }
}

function remove(node: XmlNode, rulePath: string) {
  const steps = rulePath.split("/");
  const parents = steps.slice(0, -1).reduce<XmlNode[]>((nodes, step) => nodes.flatMap((item) => item.children.filter((child) => child.name === step)), [node]);
  for (const parent of parents) parent.children = parent.children.filter((child) => child.name !== steps[steps.length - 1]);
}

/** Creates the chain of an absolute context path when the example lacks it. */
function ensurePath(root: XmlNode, names: string[]): XmlNode {
  let current = root;
  for (const name of names.slice(1)) {
    let next = current.children.find((child) => child.name === name);
    if (!next) current.children.push((next = element(name, "")));
    current = next;
  }
  return current;
}

/** A copy of the first example holding a node judged by the rule's context (created for an absolute path), and that node. */
function exampleFor(rule: CiiSyntaxRule): { root: XmlRoot; node: XmlNode } | undefined {
  for (const example of EXAMPLES) {
    const root = clone(parseXml(example.xml));
    const found = walk(root).find(({ node, names }) => contextIndexOf(node, names) === rule.context);
    if (found) return { root, node: found.node };
  }
  const context = CII_SYNTAX_CONTEXTS[rule.context];
  if (!("path" in context)) return undefined;
  const root = clone(parseXml(EXAMPLES[0].xml));
  const node = ensurePath(root, context.path);
  const names = context.path;
  return contextIndexOf(node, names) === rule.context ? { root, node } : undefined;
}

function breakRule(rule: CiiSyntaxRule, node: XmlNode) {
  if (rule.kind === "absent") add(node, rule.path);
  else if (rule.kind === "exactly") remove(node, rule.path);
  else if (rule.kind === "atMost") for (let index = 0; index <= rule.count; index++) add(node, rule.path);
}

/** Rules whose context no node can reach: a context of higher priority takes its nodes first (as in the artefact). */
const SHADOWED = ["CII-DT-010", "CII-DT-011", "CII-DT-012"];

describe("CII syntax rules: the CEN's examples", () => {
  it.each(EXAMPLES.map((example) => [example.name, example.xml]))("%s raises no CII-SR nor CII-DT", (_, xml) => {
    expect(ciiSyntaxFindings(parseXml(xml))).toEqual([]);
  });

  it("has every rule of the artefact: 482 CII-SR and 101 CII-DT, with a hand-written test for each condition", () => {
    expect(CII_SYNTAX_RULES.filter((rule) => rule.rule.startsWith("CII-SR-"))).toHaveLength(482);
    expect(CII_SYNTAX_RULES.filter((rule) => rule.rule.startsWith("CII-DT-"))).toHaveLength(101);
    const conditions = CII_SYNTAX_RULES.filter((rule) => rule.kind === "condition").map((rule) => rule.rule);
    expect(conditions.sort()).toEqual(Object.keys(CII_SYNTAX_CONDITIONS).sort());
  });
});

describe("CII syntax rules written as data: a failing and a passing invoice each", () => {
  const dataRules = CII_SYNTAX_RULES.filter((rule) => rule.kind !== "condition" && !SHADOWED.includes(rule.rule));
  it.each(dataRules.map((rule) => [rule.rule, rule] as const))("%s", (id, rule) => {
    const example = exampleFor(rule);
    expect(example, `aucun exemple n'a de nœud pour ${id}`).toBeDefined();
    const { root, node } = example!;
    expect(raised(root)).not.toContain(id);
    breakRule(rule, node);
    const finding = ciiSyntaxFindings(root).find((item) => item.rule === id);
    expect(finding).toMatchObject({ rule: id, severity: rule.severity });
    expect(finding!.message).toMatch(/[a-zé]/);
  });

  it("never raises the rules a context of higher priority shadows (CII-DT-010…012: //TypeCode comes first)", () => {
    const root = clone(parseXml(EXAMPLES[0].xml));
    const typeCode = walk(root).find(({ names }) => names.join("/") === "CrossIndustryInvoice/ExchangedDocument/TypeCode")!.node;
    Object.assign(typeCode.attrs, { listID: "x", listAgencyID: "6", listVersionID: "1" });
    expect(raised(root).filter((rule) => SHADOWED.includes(rule))).toEqual([]);
  });
});

/** The first node at an absolute path of names. */
const at = (root: XmlNode, names: string) => walk(root).find((item) => item.names.join("/") === `CrossIndustryInvoice/${names}`)?.node;
const TRANSACTION = "SupplyChainTradeTransaction";
const AGREEMENT = `${TRANSACTION}/ApplicableHeaderTradeAgreement`;
const SETTLEMENT = `${TRANSACTION}/ApplicableHeaderTradeSettlement`;
const LINE = `${TRANSACTION}/IncludedSupplyChainTradeLineItem`;

/** Builds a tree from a small literal: [name, text, attrs?, children?]. */
type Literal = [name: string, text?: string, attrs?: Record<string, string>, children?: Literal[]];
const tree = ([name, text = "", attrs = {}, children = []]: Literal): XmlNode => ({ name, text, attrs, children: children.map(tree) });

type Case = { rule: string; fail: (root: XmlNode) => void; pass?: (root: XmlNode) => void };
/** Puts the nodes under the node at `where`, in place of its children of the same names (the example's own). */
function push(root: XmlNode, where: string, ...nodes: Literal[]) {
  const parent = at(root, where)!;
  const names = new Set(nodes.map(([name]) => name));
  parent.children = [...parent.children.filter((child) => !names.has(child.name)), ...nodes.map(tree)];
}
const document = (typeCode: string, ...children: Literal[]): Literal => ["AdditionalReferencedDocument", "", {}, [["IssuerAssignedID", "D1"], ["TypeCode", typeCode], ...children]];

const CASES: Case[] = [
  { rule: "CII-SR-046", fail: (root) => push(root, `${LINE}/SpecifiedTradeProduct`, ["GlobalID", "4012345000016"]), pass: (root) => push(root, `${LINE}/SpecifiedTradeProduct`, ["GlobalID", "4012345000016", { schemeID: "0160" }]) },
  {
    rule: "CII-SR-090",
    fail: (root) => push(root, `${LINE}/SpecifiedTradeProduct`, ["OriginTradeCountry", "", {}, [["ID", "FR"], ["ID", "DE"]]]),
    pass: (root) => push(root, `${LINE}/SpecifiedTradeProduct`, ["OriginTradeCountry", "", {}, [["ID", "FR"]]]),
  },
  {
    rule: "CII-SR-119",
    fail: (root) => push(root, `${LINE}/SpecifiedLineTradeAgreement`, ["GrossPriceProductTradePrice", "", {}, [["ChargeAmount", "10"], ["AppliedTradeAllowanceCharge", "", {}, [["ChargeIndicator", "", {}, [["Indicator", "true"]]], ["ActualAmount", "1"]]]]]),
    pass: (root) => push(root, `${LINE}/SpecifiedLineTradeAgreement`, ["GrossPriceProductTradePrice", "", {}, [["ChargeAmount", "10"], ["AppliedTradeAllowanceCharge", "", {}, [["ChargeIndicator", "", {}, [["Indicator", "false"]]], ["ActualAmount", "1"]]]]]),
  },
  {
    rule: "CII-SR-463",
    fail: (root) => push(root, SETTLEMENT, ["SpecifiedTradeAllowanceCharge", "", {}, [["ActualAmount", "1"]]]),
    pass: (root) => push(root, SETTLEMENT, ["SpecifiedTradeAllowanceCharge", "", {}, [["ChargeIndicator", "", {}, [["Indicator", "false"]]], ["ActualAmount", "1"]]]),
  },
  { rule: "CII-SR-474", fail: (root) => push(root, `${LINE}/SpecifiedLineTradeSettlement`, document("130"), document("130")), pass: (root) => push(root, `${LINE}/SpecifiedLineTradeSettlement`, document("130")) },
  {
    rule: "CII-SR-450",
    fail: (root) => push(root, `${AGREEMENT}/BuyerTradeParty`, ["ID", "B1"], ["GlobalID", "5790000435975", { schemeID: "0088" }]), pass: (root) => {
      const buyer = at(root, `${AGREEMENT}/BuyerTradeParty`)!;
      buyer.children = [tree(["ID", "B1"]), ...buyer.children.filter((child) => child.name !== "ID" && child.name !== "GlobalID")];
    },
  },
  { rule: "CII-SR-457", fail: (root) => push(root, AGREEMENT, document("50"), document("50")), pass: (root) => push(root, AGREEMENT, document("50")) },
  { rule: "CII-SR-458", fail: (root) => push(root, AGREEMENT, document("130"), document("130")), pass: (root) => push(root, AGREEMENT, document("130")) },
  {
    rule: "CII-SR-465",
    fail: (root) => push(root, `${AGREEMENT}/SellerTradeParty`, ["DefinedTradeContact", "", {}, [["PersonName", "A"], ["DepartmentName", "B"]]]),
    pass: (root) => push(root, `${AGREEMENT}/SellerTradeParty`, ["DefinedTradeContact", "", {}, [["PersonName", "A"]]]),
  },
  {
    rule: "CII-SR-466",
    fail: (root) => push(root, `${AGREEMENT}/BuyerTradeParty`, ["DefinedTradeContact", "", {}, [["PersonName", "A"], ["DepartmentName", "B"]]]),
    pass: (root) => push(root, `${AGREEMENT}/BuyerTradeParty`, ["DefinedTradeContact", "", {}, [["DepartmentName", "B"]]]),
  },
  { rule: "CII-SR-475", fail: (root) => push(root, AGREEMENT, document("916", ["Name", "A"]), document("916", ["Name", "B"])), pass: (root) => push(root, AGREEMENT, document("916", ["Name", "A"])) },
  {
    rule: "CII-SR-476",
    fail: (root) => push(root, AGREEMENT, document("916", ["AttachmentBinaryObject", "QQ==", { mimeCode: "application/pdf", filename: "a.pdf" }]), document("916", ["AttachmentBinaryObject", "QQ==", { mimeCode: "application/pdf", filename: "b.pdf" }])),
    pass: (root) => push(root, AGREEMENT, document("916", ["AttachmentBinaryObject", "QQ==", { mimeCode: "application/pdf", filename: "a.pdf" }])),
  },
  {
    rule: "CII-SR-449",
    fail: (root) => push(root, `${TRANSACTION}/ApplicableHeaderTradeDelivery`, ["ShipToTradeParty", "", {}, [["ID", "L1"], ["GlobalID", "5790000435975", { schemeID: "0088" }]]]),
    pass: (root) => push(root, `${TRANSACTION}/ApplicableHeaderTradeDelivery`, ["ShipToTradeParty", "", {}, [["GlobalID", "5790000435975", { schemeID: "0088" }]]]),
  },
  {
    rule: "CII-SR-451",
    fail: (root) => push(root, SETTLEMENT, ["PayeeTradeParty", "", {}, [["ID", "P1"], ["GlobalID", "5790000435975", { schemeID: "0088" }], ["Name", "P"]]]),
    pass: (root) => push(root, SETTLEMENT, ["PayeeTradeParty", "", {}, [["ID", "P1"], ["Name", "P"]]]),
  },
  {
    rule: "CII-SR-462",
    fail: (root) => {
      for (const tax of at(root, SETTLEMENT)!.children.filter((child) => child.name === "ApplicableTradeTax")) tax.children.push(element("DueDateTypeCode", "5"));
      at(root, SETTLEMENT)!.children.push(tree(["ApplicableTradeTax", "", {}, [["TypeCode", "VAT"], ["DueDateTypeCode", "72"]]]));
    },
    pass: (root) => {
      for (const tax of at(root, SETTLEMENT)!.children.filter((child) => child.name === "ApplicableTradeTax")) tax.children.push(element("DueDateTypeCode", "5"));
    },
  },
  {
    rule: "CII-SR-470",
    fail: (root) => push(root, SETTLEMENT, ["SpecifiedTradeSettlementPaymentMeans", "", {}, [["TypeCode", "58"]]]),
    pass: (root) => push(root, SETTLEMENT, ["SpecifiedTradeSettlementPaymentMeans", "", {}, [["TypeCode", "58"], ["PayeePartyCreditorFinancialAccount", "", {}, [["IBANID", "FR7630006000011234567890189"]]]]]),
  },
  {
    rule: "CII-SR-467",
    fail: (root) => push(root, SETTLEMENT, ["SpecifiedTradeSettlementPaymentMeans", "", {}, [["TypeCode", "49"]]], ["SpecifiedTradeSettlementPaymentMeans", "", {}, [["TypeCode", "57"]]]),
    pass: (root) => push(root, SETTLEMENT, ["SpecifiedTradeSettlementPaymentMeans", "", {}, [["TypeCode", "49"]]], ["SpecifiedTradeSettlementPaymentMeans", "", {}, [["TypeCode", " 49 "]]]),
  },
  {
    rule: "CII-SR-468",
    fail: (root) => push(root, SETTLEMENT, ["SpecifiedTradeSettlementPaymentMeans", "", {}, [["TypeCode", "49"], ["Information", "A"]]], ["SpecifiedTradeSettlementPaymentMeans", "", {}, [["TypeCode", "49"], ["Information", "B"]]]),
    pass: (root) => push(root, SETTLEMENT, ["SpecifiedTradeSettlementPaymentMeans", "", {}, [["TypeCode", "49"], ["Information", "A"]]]),
  },
  { rule: "CII-SR-469", fail: (root) => push(root, SETTLEMENT, ["PaymentReference", "R1"], ["PaymentReference", "R2"]), pass: (root) => push(root, SETTLEMENT, ["PaymentReference", "R1"]) },
  { rule: "CII-DT-015", fail: (root) => push(root, AGREEMENT, ["ContractReferencedDocument", "", {}, [["IssuerAssignedID", "C"], ["URIID", "http://x"]]]), pass: (root) => push(root, AGREEMENT, document("916", ["URIID", "http://x"])) },
  { rule: "CII-DT-018", fail: (root) => push(root, AGREEMENT, ["ContractReferencedDocument", "", {}, [["IssuerAssignedID", "C"], ["TypeCode", "50"]]]), pass: (root) => push(root, AGREEMENT, document("50")) },
  { rule: "CII-DT-021", fail: (root) => push(root, AGREEMENT, document("50", ["Name", "N"])), pass: (root) => push(root, AGREEMENT, document("916", ["Name", "N"])) },
  { rule: "CII-DT-022", fail: (root) => push(root, AGREEMENT, document("130", ["AttachmentBinaryObject", "QQ==", { mimeCode: "application/pdf", filename: "a.pdf" }])), pass: (root) => push(root, AGREEMENT, document("916", ["AttachmentBinaryObject", "QQ==", { mimeCode: "application/pdf", filename: "a.pdf" }])) },
  { rule: "CII-DT-024", fail: (root) => push(root, AGREEMENT, document("50", ["ReferenceTypeCode", "AAA"])), pass: (root) => push(root, AGREEMENT, document("130", ["ReferenceTypeCode", "AAA"])) },
  {
    rule: "CII-DT-027",
    fail: (root) => push(root, AGREEMENT, ["ContractReferencedDocument", "", {}, [["IssuerAssignedID", "C"], ["FormattedIssueDateTime", "", {}, [["DateTimeString", "20250101", { format: "102" }]]]]]),
    pass: (root) => push(root, SETTLEMENT, ["InvoiceReferencedDocument", "", {}, [["IssuerAssignedID", "F0"], ["FormattedIssueDateTime", "", {}, [["DateTimeString", "20250101", { format: "102" }]]]]]),
  },
  {
    rule: "CII-DT-033",
    fail: (root) => {
      for (const quantity of walk(root).filter(({ node }) => node.name === "BilledQuantity")) delete quantity.node.attrs.unitCode;
      push(root, `${LINE}/SpecifiedLineTradeDelivery`, ["ChargeFreeQuantity", "1", { unitCode: "C62" }]);
    },
    pass: (root) => push(root, `${LINE}/SpecifiedLineTradeDelivery`, ["ChargeFreeQuantity", "1", { unitCode: "C62" }]),
  },
  { rule: "CII-DT-037", fail: (root) => (at(root, `${SETTLEMENT}/ApplicableTradeTax/TypeCode`)!.text = "GST"), pass: (root) => (at(root, `${SETTLEMENT}/ApplicableTradeTax/TypeCode`)!.text = "VAT") },
  { rule: "CII-DT-041", fail: (root) => at(root, `${LINE}/SpecifiedLineTradeSettlement/ApplicableTradeTax`)!.children.push(element("BasisAmount", "1")), pass: (root) => at(root, `${SETTLEMENT}/ApplicableTradeTax`)!.children.push(element("BasisAmount", "1")) },
  {
    rule: "CII-DT-052",
    fail: (root) => push(root, SETTLEMENT, ["SpecifiedTradeAllowanceCharge", "", {}, [["ChargeIndicator", "", {}, [["Indicator", "false"]]], ["ActualAmount", "0"], ["CategoryTradeTax", "", {}, [["TypeCode", "VAT"], ["CategoryCode", "S"], ["ExemptionReasonCode", "VATEX-EU-G"]]]]]),
    pass: (root) => at(root, `${SETTLEMENT}/ApplicableTradeTax`)!.children.push(element("ExemptionReasonCode", "VATEX-EU-G")),
  },
  {
    rule: "CII-DT-098",
    fail: (root) => push(root, SETTLEMENT, ["SpecifiedTradeAllowanceCharge", "", {}, [["ChargeIndicator", "", {}, [["Indicator", "false"]]], ["ActualAmount", "0"], ["CategoryTradeTax", "", {}, [["TypeCode", "VAT"], ["CategoryCode", "S"], ["ExemptionReason", "R"]]]]]),
    pass: (root) => at(root, `${SETTLEMENT}/ApplicableTradeTax`)!.children.push(element("ExemptionReason", "R")),
  },
  { rule: "CII-DT-054", fail: (root) => at(root, `${LINE}/SpecifiedLineTradeSettlement/ApplicableTradeTax`)!.children.push(element("TaxPointDate", "")), pass: (root) => at(root, `${SETTLEMENT}/ApplicableTradeTax`)!.children.push(element("TaxPointDate", "")) },
  { rule: "CII-DT-058", fail: (root) => at(root, `${LINE}/SpecifiedLineTradeSettlement/ApplicableTradeTax`)!.children.push(element("DueDateTypeCode", "5")), pass: (root) => at(root, `${SETTLEMENT}/ApplicableTradeTax`)!.children.push(element("DueDateTypeCode", "5")) },
  { rule: "CII-DT-097", fail: (root) => (at(root, "ExchangedDocument/IssueDateTime/DateTimeString")!.text = "2025-03-14"), pass: (root) => (at(root, "ExchangedDocument/IssueDateTime/DateTimeString")!.text = "20250314") },
];

describe("CII syntax rules written by hand: a failing and a passing invoice each", () => {
  it("covers every hand-written condition", () => {
    expect(CASES.map((item) => item.rule).sort()).toEqual(Object.keys(CII_SYNTAX_CONDITIONS).sort());
  });

  it.each(CASES.map((item) => [item.rule, item] as const))("%s", (id, item) => {
    const severity = CII_SYNTAX_RULES.find((rule) => rule.rule === id)!.severity;
    const failing = clone(parseXml(EXAMPLES[0].xml));
    item.fail(failing);
    expect(ciiSyntaxFindings(failing).find((finding) => finding.rule === id)).toMatchObject({ rule: id, severity, message: CII_SYNTAX_CONDITIONS[id].message });
    const passing = clone(parseXml(EXAMPLES[0].xml));
    item.pass?.(passing);
    expect(raised(passing)).not.toContain(id);
  });
});

describe("CII reader", () => {
  it("gives the CII syntax findings with the invoice, and the validator reports them", () => {
    const root = clone(parseXml(EXAMPLES[0].xml));
    at(root, "ExchangedDocument/TypeCode")!.attrs.name = "Facture";
    const read = readCii(root);
    expect(read.syntaxFindings.map((finding) => finding.rule)).toEqual(["CII-DT-008"]);
    expect(validateEInvoice(read.invoice, read.syntaxFindings).map((finding) => finding.rule)).toContain("CII-DT-008");
  });
});
