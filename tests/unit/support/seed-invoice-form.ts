// Seed 001's invoice as the form holds it — « Pommes », 4 KGM at 2 €, TVA 5,5 %, Virement — the one the unit tests
// of the schema, of its EN 16931 mapping and of our own CII output start from (their ids need not exist).
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";

export const ANY_ID = "6f0c7c1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f";

export const pommesLine = { denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5.5" } as const;

export const seedInvoiceForm = (overrides: Partial<InvoiceFormInput> = {}): InvoiceFormInput => ({
  supplierStructureId: ANY_ID,
  recipientStructureId: ANY_ID,
  cadre: "A1",
  type: "FACTURE",
  vatRegime: "DEBITS",
  paymentMode: "VIREMENT",
  invoiceNumber: "F-2026-001",
  invoiceDate: "2026-03-02",
  lines: [pommesLine],
  ...overrides,
});
