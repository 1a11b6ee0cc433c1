// A sent invoice as the lists of those it was sent to show it ("Factures reçues", "Factures à valider"): who sent it,
// its final number, when, its état and amount. Each list reads and adds its own columns besides.
import type { Prisma } from "@/generated/prisma/client.ts";

export const sentInvoiceRowSelect = {
  id: true,
  type: true,
  sentNumber: true,
  sentAt: true,
  status: true,
  totalGross: true,
  currency: true,
  supplierStructure: { select: { raisonSociale: true, identifier: true } },
} satisfies Prisma.InvoiceSelect;

export const toSentInvoiceRow = (row: Prisma.InvoiceGetPayload<{ select: typeof sentInvoiceRowSelect }>) => ({
  id: row.id,
  type: row.type,
  number: row.sentNumber ?? "",
  supplierName: row.supplierStructure.raisonSociale,
  supplierIdentifier: row.supplierStructure.identifier,
  depositDate: row.sentAt,
  status: row.status,
  totalGross: row.totalGross.toFixed(2),
  currency: row.currency,
});
