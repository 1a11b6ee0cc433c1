import { DEFAULT_CURRENCY } from "../currencies.ts";
import type { InvoiceFormInput } from "../invoice-schema.ts";

/** A blank "Saisie facture": the user's first supplier structure, cadre A1, euros, a Facture with TVA sur les débits, paid by transfer, dated today. */
export function newInvoiceValues(supplierStructureId: string, today: string): InvoiceFormInput {
  return {
    supplierStructureId,
    supplierServiceId: "",
    recipientIsState: false,
    recipientStructureId: "",
    recipientServiceId: "",
    cadre: "A1",
    currency: DEFAULT_CURRENCY,
    type: "FACTURE",
    vatRegime: "DEBITS",
    exemptionReason: "",
    marketNumber: "",
    engagementNumber: "",
    originalInvoiceNumber: "",
    paymentMode: "VIREMENT",
    invoiceNumber: "",
    invoiceDate: today,
    factor: "",
    comment: "",
    lines: [],
  };
}
