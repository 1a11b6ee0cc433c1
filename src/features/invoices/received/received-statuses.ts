// Which invoices a public structure's staff see in "Factures reçues": from the moment the platform makes them
// available (never a draft, nor one still on its way or waiting for the holder of the contract). Pure.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";

export const RECEIVED_STATUSES = [
  "MISE_A_DISPOSITION",
  "SUSPENDUE",
  "COMPLETEE",
  "A_RECYCLER",
  "REJETEE",
  "SERVICE_FAIT",
  "MANDATEE",
  "MISE_A_DISPOSITION_COMPTABLE",
  "COMPTABILISEE",
  "MISE_EN_PAIEMENT",
] as const satisfies readonly InvoiceStatus[];

export type ReceivedStatus = (typeof RECEIVED_STATUSES)[number];

export const isReceivedStatus = (status: string): status is ReceivedStatus => (RECEIVED_STATUSES as readonly string[]).includes(status);
