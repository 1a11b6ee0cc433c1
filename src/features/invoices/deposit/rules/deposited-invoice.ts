// A deposited invoice as the portal keeps it: the columns of an invoice and its lines (decimal strings), the keys
// to find its parties in the directory, and what the portal's form cannot hold (French notes). Pure types.
import { type CurrencyCode } from "@/features/invoices/common/ui.ts";

export type DepositedLine = {
  reference?: string; // BT-155
  denomination: string; // BT-153
  quantity: string; // BT-129, up to 6 decimals
  unit: string; // BT-130
  unitPriceNet: string; // BT-146 / BT-149, up to 6 decimals
  discountNet: string; // line allowances − charges, 2 decimals
  vatRate: string; // BT-152, percent, "0" when absent
  lineNet: string; // BT-131 as in the file, 2 decimals
};

/** What names a party in the file: its SIRET when it gives one, and every identifier it gives. */
export type DepositedParty = { siret?: string; identifiers: string[] };

export type DepositedInvoice = {
  type: "FACTURE" | "AVOIR" | "ACOMPTE";
  /** BT-5; "EUR" when the file gives none (or something that is not a 3-letter code). */
  currency: CurrencyCode | string;
  invoiceNumber?: string; // BT-1
  invoiceDate?: string; // BT-2, YYYY-MM-DD
  marketNumber?: string; // BT-12
  engagementNumber?: string; // BT-13
  originalInvoiceNumber?: string; // BG-3[0]
  paymentMode: "VIREMENT" | "CHEQUE" | "ESPECE" | "PRELEVEMENT" | "AUTRE";
  vatRegime: "DEBITS" | "ENCAISSEMENTS" | "EXONERE" | "SANS_TVA";
  exemptionReason?: string; // BT-120
  comment?: string; // BT-22, joined
  factor?: string; // BG-10 payee's name
  iban?: string; // BT-84 (first account)
  bic?: string; // BT-86
  /** Totals as written in the file, 2 decimals. */
  totalNet: string; // BT-109
  totalVat: string; // BT-110 (0 when absent)
  totalGross: string; // BT-112
  globalDiscountGross: string; // document allowances − charges, VAT included
  amountDue: string; // BT-115
  lines: DepositedLine[];
  seller: DepositedParty;
  /** serviceCode: BT-10 buyer reference, the recipient's code service on the portal. */
  recipient: DepositedParty & { serviceCode?: string };
  /** What the form cannot hold, e.g. « 2 remises/charges au niveau du document ». */
  unmapped: string[];
};
