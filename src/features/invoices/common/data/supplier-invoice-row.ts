// An invoice as the supplier's lists show it ("Factures à traiter", "Rechercher" and its CSV export): what to read of
// it and the row it makes. The number shown is the final one, or the temporary one of a draft.
import type { Prisma } from "@/generated/prisma/client.ts";

export const supplierInvoiceRowSelect = {
  id: true,
  sentAt: true,
  type: true,
  cadre: true,
  sentNumber: true,
  temporaryNumber: true,
  status: true,
  statusChangedAt: true,
  totalGross: true,
  currency: true,
  supplierStructure: { select: { raisonSociale: true } },
  recipientStructure: { select: { raisonSociale: true, identifier: true } },
} satisfies Prisma.InvoiceSelect;

export type SupplierInvoiceRead = Prisma.InvoiceGetPayload<{ select: typeof supplierInvoiceRowSelect }>;

export const toSupplierInvoiceRow = (row: SupplierInvoiceRead) => ({
  id: row.id,
  depositDate: row.sentAt,
  recipientName: row.recipientStructure?.raisonSociale ?? "",
  recipientIdentifier: row.recipientStructure?.identifier ?? "",
  supplierName: row.supplierStructure.raisonSociale,
  type: row.type,
  cadre: row.cadre,
  number: row.sentNumber ?? row.temporaryNumber,
  status: row.status,
  statusChangedAt: row.statusChangedAt,
  totalGross: row.totalGross.toFixed(2),
  currency: row.currency,
});
