// The French reform's rules (BR-FR-…), all warnings: an invoice that follows them raises none; each rule on an
// invoice that breaks it and on one that does not; never a fatal finding, never a throw on any input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReadEInvoice } from "@/features/einvoice/index.ts";
import { frRules } from "@/features/einvoice/validate/rules/fr.ts";

/** A B2B invoice that follows every BR-FR rule the portal checks. */
function reformInvoice(): ReadEInvoice {
  return {
    number: "FA-2026/0001",
    issueDate: "2026-09-01",
    dueDate: "2026-10-01",
    typeCode: "380",
    currency: "EUR",
    businessProcess: "B1",
    noteDetails: [
      { subjectCode: "PMT", text: "Indemnité forfaitaire pour frais de recouvrement : 40 €" },
      { subjectCode: "PMD", text: "Pénalités de retard : trois fois le taux d'intérêt légal" },
      { subjectCode: "AAB", text: "Pas d'escompte pour paiement anticipé" },
      { subjectCode: "BAR", text: "B2B" },
    ],
    seller: {
      name: "CHORUS SOCIETE",
      ids: [{ id: "12345678900011", scheme: "0009" }],
      legalId: { id: "123456789", scheme: "0002" },
      electronicAddress: { id: "123456789_FACTURES", scheme: "0225" },
    },
    buyer: {
      name: "ACHETEUR SA",
      ids: [{ id: "98765432100021", scheme: "0009" }],
      legalId: { id: "987654321", scheme: "0002" },
      electronicAddress: { id: "987654321", scheme: "0225" },
    },
    totals: { lineNetTotal: "100.00", taxExclusive: "100.00", taxTotal: "20.00", taxInclusive: "120.00", amountDue: "120.00" },
    vatBreakdown: [{ taxableAmount: "100.00", taxAmount: "20.00", category: "S", rate: "20" }],
    lines: [{ id: "1", quantity: "1", unitCode: "C62", lineNet: "100.00", netPrice: "100.00", vatCategory: "S", vatRate: "20.00", name: "Conseil" }],
    attachments: [{ id: "PJ1", description: "BON_COMMANDE" }],
  };
}

const rulesOf = (invoice: ReadEInvoice) => frRules(invoice).map((finding) => finding.rule);

type Case = { rule: string; breaks: (invoice: ReadEInvoice) => void; keeps?: (invoice: ReadEInvoice) => void };

const CASES: Case[] = [
  { rule: "BR-FR-01", breaks: (invoice) => (invoice.number = "F".repeat(36)), keeps: (invoice) => (invoice.number = "F".repeat(35)) },
  { rule: "BR-FR-02", breaks: (invoice) => (invoice.number = "FA 2026.1"), keeps: (invoice) => (invoice.number = "FA-2026_1+A/B") },
  { rule: "BR-FR-02", breaks: (invoice) => (invoice.precedingInvoices = [{ number: "F#1", issueDate: "2026-01-01" }]) },
  { rule: "BR-FR-03", breaks: (invoice) => (invoice.issueDate = "1999-12-31"), keeps: (invoice) => (invoice.issueDate = "2000-01-01") },
  { rule: "BR-FR-03", breaks: (invoice) => (invoice.dueDate = "2026-02-30"), keeps: (invoice) => (invoice.dueDate = "2028-02-29") },
  { rule: "BR-FR-03", breaks: (invoice) => (invoice.lines![0].period = { start: "2100-01-01" }) },
  { rule: "BR-FR-04", breaks: (invoice) => (invoice.typeCode = "751"), keeps: (invoice) => (invoice.typeCode = "386") },
  { rule: "BR-FR-05", breaks: (invoice) => (invoice.noteDetails = invoice.noteDetails!.filter((note) => note.subjectCode !== "PMD")) },
  { rule: "BR-FR-06", breaks: (invoice) => invoice.noteDetails!.push({ subjectCode: "PMT", text: "40 €" }), keeps: (invoice) => invoice.noteDetails!.push({ subjectCode: "TXD", text: "Taxe" }) },
  { rule: "BR-FR-08", breaks: (invoice) => (invoice.businessProcess = "Z9"), keeps: (invoice) => (invoice.businessProcess = "A9") },
  { rule: "BR-FR-09", breaks: (invoice) => (invoice.seller!.ids = [{ id: "99999999900011", scheme: "0009" }]), keeps: (invoice) => (invoice.seller!.ids = [{ id: "FR-PRIVE", scheme: "0224" }]) },
  { rule: "BR-FR-09", breaks: (invoice) => (invoice.payee = { ids: [{ id: "1234", scheme: "0009" }] }), keeps: (invoice) => (invoice.payee = { ids: [{ id: "11122233300044", scheme: "0009" }] }) },
  { rule: "BR-FR-10", breaks: (invoice) => (invoice.seller!.legalId = { id: "12345678900011", scheme: "0009" }) },
  { rule: "BR-FR-11", breaks: (invoice) => (invoice.buyer!.legalId = { id: "98765", scheme: "0002" }), keeps: (invoice) => (invoice.noteDetails = invoice.noteDetails!.filter((note) => note.subjectCode !== "BAR")) },
  { rule: "BR-FR-12", breaks: (invoice) => delete invoice.buyer!.electronicAddress },
  { rule: "BR-FR-13", breaks: (invoice) => delete invoice.seller!.electronicAddress },
  { rule: "BR-FR-15", breaks: (invoice) => (invoice.lines![0].vatCategory = "L"), keeps: (invoice) => (invoice.lines![0].vatCategory = "AE") },
  { rule: "BR-FR-15", breaks: (invoice) => (invoice.allowancesCharges = [{ charge: false, amount: "1", vatCategory: "B", vatRate: "20" }]) },
  { rule: "BR-FR-16", breaks: (invoice) => (invoice.vatBreakdown![0].rate = "21"), keeps: (invoice) => (invoice.vatBreakdown![0].rate = "5.50") },
  { rule: "BR-FR-17", breaks: (invoice) => (invoice.attachments![0].description = "Bon de commande"), keeps: (invoice) => (invoice.attachments![0].description = "RIB") },
  { rule: "BR-FR-18", breaks: (invoice) => (invoice.attachments = [{ id: "1", description: "LISIBLE" }, { id: "2", description: "LISIBLE" }]) },
  { rule: "BR-FR-20", breaks: (invoice) => (invoice.noteDetails![3].text = "B2G"), keeps: (invoice) => (invoice.noteDetails![3].text = "B2BINT") },
  { rule: "BR-FR-21", breaks: (invoice) => (invoice.buyer!.electronicAddress = { id: "acheteur@example.fr", scheme: "EM" }) },
  { rule: "BR-FR-22", breaks: (invoice) => ((invoice.typeCode = "389"), (invoice.seller!.electronicAddress = { id: "111111111", scheme: "0225" })), keeps: (invoice) => (invoice.typeCode = "389") },
  { rule: "BR-FR-23", breaks: (invoice) => (invoice.buyer!.electronicAddress = { id: "987654321 FACT", scheme: "0225" }) },
  { rule: "BR-FR-25", breaks: (invoice) => (invoice.seller!.electronicAddress = { id: `123456789_${"X".repeat(120)}`, scheme: "0225" }) },
  { rule: "BR-FR-26", breaks: (invoice) => invoice.buyer!.ids!.push({ id: "P".repeat(101), scheme: "0224" }), keeps: (invoice) => invoice.buyer!.ids!.push({ id: "P".repeat(100), scheme: "0224" }) },
  { rule: "BR-FR-31", breaks: (invoice) => invoice.noteDetails!.push({ subjectCode: "BAR", text: "B2C" }) },
  { rule: "BR-FR-CO-03", breaks: (invoice) => (invoice.typeCode = "262"), keeps: (invoice) => Object.assign(invoice, { typeCode: "262", contractReference: "M-1", invoicingPeriod: { start: "2026-01-01", end: "2026-06-30" } }) },
  { rule: "BR-FR-CO-04", breaks: (invoice) => (invoice.typeCode = "384"), keeps: (invoice) => Object.assign(invoice, { typeCode: "384", precedingInvoices: [{ number: "FA-1", issueDate: "2026-08-01" }] }) },
  {
    rule: "BR-FR-CO-05",
    breaks: (invoice) => Object.assign(invoice, { typeCode: "381", precedingInvoices: [{ number: "FA-1" }] }),
    keeps: (invoice) => Object.assign(invoice, { typeCode: "381", precedingInvoices: [{ number: "FA-1", issueDate: "2026-08-01" }] }),
  },
  { rule: "BR-FR-CO-07", breaks: (invoice) => (invoice.dueDate = "2026-08-31"), keeps: (invoice) => Object.assign(invoice, { dueDate: "2026-08-31", typeCode: "386" }) },
  { rule: "BR-FR-CO-08", breaks: (invoice) => Object.assign(invoice, { businessProcess: "B4", typeCode: "386" }), keeps: (invoice) => (invoice.businessProcess = "B4") },
  {
    rule: "BR-FR-CO-09",
    breaks: (invoice) => (invoice.businessProcess = "S2"),
    keeps: (invoice) => Object.assign(invoice, { businessProcess: "S2", totals: { ...invoice.totals, prepaid: "120.00", amountDue: "0.00" } }),
  },
  { rule: "BR-FR-CO-10", breaks: (invoice) => invoice.seller!.ids!.push({ id: "12345678900029", scheme: "0009" }) },
  {
    rule: "BR-FR-CO-12",
    breaks: (invoice) => (invoice.currency = "USD"),
    keeps: (invoice) => Object.assign(invoice, { currency: "USD", taxCurrency: "EUR", totals: { ...invoice.totals, taxTotalInTaxCurrency: "18.40" } }),
  },
];

describe("BR-FR rules (warnings of the French reform)", () => {
  it("raise nothing on an invoice that follows them", () => {
    expect(frRules(reformInvoice())).toEqual([]);
  });

  it.each(CASES.map((item, index) => [`${item.rule} #${index + 1}`, item] as const))("%s", (_, item) => {
    const broken = reformInvoice();
    item.breaks(broken);
    const finding = frRules(broken).find((candidate) => candidate.rule === item.rule);
    expect(finding).toMatchObject({ rule: item.rule, severity: "warning" });
    expect(finding!.message).toContain("réforme de la facturation électronique");
    if (item.keeps) {
      const kept = reformInvoice();
      item.keeps(kept);
      expect(rulesOf(kept)).not.toContain(item.rule);
    }
  });

  it("accept Chorus Pro's cadres de facturation (A1…A25) in BT-23, which invoices to the State keep", () => {
    for (const cadre of ["A1", "A2", "A9", "A12", "A25"]) expect(rulesOf({ ...reformInvoice(), businessProcess: cadre })).not.toContain("BR-FR-08");
    expect(rulesOf({ ...reformInvoice(), businessProcess: "A26" })).toContain("BR-FR-08");
  });

  it("never throw and never raise a fatal finding, whatever they are given", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const findings = frRules(value as ReadEInvoice);
        expect(findings.every((finding) => finding.severity === "warning")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
