import { DEFAULT_CURRENCY } from "@/features/invoices/common/ui.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/ui.ts";

/** The account proposed first: the structure's oldest active account that is not a factor's, else its oldest. */
export function defaultBankAccountId(supplier: { bankAccounts: { id: string; affactureur: boolean }[] } | undefined): string {
  return (supplier?.bankAccounts.find((account) => !account.affactureur) ?? supplier?.bankAccounts[0])?.id ?? "";
}

/**
 * A blank "Saisie facture": the user's first supplier structure (paid to its first account), cadre A1, euros, a
 * Facture with TVA sur les débits, paid by transfer, dated today.
 */
export function newInvoiceValues(supplier: { id: string; bankAccounts: { id: string; affactureur: boolean }[] }, today: string): InvoiceFormInput {
  return {
    supplierStructureId: supplier.id,
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
    bankAccountId: defaultBankAccountId(supplier),
    invoiceNumber: "",
    invoiceDate: today,
    factor: "",
    comment: "",
    lines: [],
  };
}
