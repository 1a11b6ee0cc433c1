// The seed 001 invoice (CHORUS SOCIETE → BREST METROPOLE BUDGET PRINCIPAL, one line "Pommes") as an EInvoice,
// amounts from THE totals function, shared by the einvoice writer tests.
import type { EInvoice, ELine } from "@/features/einvoice/index.ts";
import { computeTotals } from "@/features/invoices/common/rules/totals.ts";

type LineInput = { name: string; quantity: string; unitCode: string; unitPriceNet: string; vatRate: string; reference?: string };

export function exampleInvoice(lines: LineInput[] = [{ name: "Pommes", quantity: "4", unitCode: "KGM", unitPriceNet: "2.00", vatRate: "5.5" }]): EInvoice {
  const totals = computeTotals({ lines: lines.map((line) => ({ quantity: line.quantity, unitPriceNet: line.unitPriceNet, vatRate: line.vatRate })) });
  const eLines: ELine[] = lines.map((line, index) => ({
    id: String(index + 1),
    quantity: line.quantity,
    unitCode: line.unitCode,
    lineNet: totals.lines[index].lineNet,
    netPrice: line.unitPriceNet,
    vatCategory: "S",
    vatRate: line.vatRate,
    name: line.name,
    sellerItemId: line.reference,
  }));
  return {
    number: "FAC-2025-0001",
    issueDate: "2025-03-14",
    typeCode: "380",
    currency: "EUR",
    vatPointDateCode: "3",
    buyerReference: "FACTURES",
    purchaseOrderReference: "BM124",
    seller: {
      name: "CHORUS SOCIETE",
      ids: [{ id: "FRCHORUSSOCIETE" }],
      address: { line1: "1 rue de la Paix", postCode: "75002", city: "PARIS", countryCode: "FR" },
    },
    buyer: {
      name: "BREST METROPOLE BUDGET PRINCIPAL",
      legalId: { id: "24290031400012", scheme: "0009" },
      address: { line1: "24 RUE COETLOGON", postCode: "29200", city: "BREST", countryCode: "FR" },
    },
    payment: { meansCode: "30", accounts: [{ iban: "FR7630006000011234567890189", bic: "AGRIFRPP" }] },
    totals: {
      lineNetTotal: totals.totalNet,
      taxExclusive: totals.totalNet,
      taxTotal: totals.totalVat,
      taxInclusive: totals.totalGross,
      amountDue: totals.amountDue,
    },
    vatBreakdown: totals.vatRecap.map((row) => ({ taxableAmount: row.taxableAmount, taxAmount: row.taxAmount, category: "S", rate: row.rate })),
    lines: eLines,
  };
}
