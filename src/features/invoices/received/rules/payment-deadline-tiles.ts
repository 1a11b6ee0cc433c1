// The buyer's « Tableau de bord » group « Délais de paiement » (docs/payment-delays.md): two tiles opening Factures
// reçues filtered on them. Pure.
import { DUE_SOON_DAYS } from "@/features/invoices/common/index.ts";
import type { ReceivedTile } from "./received-dashboard.ts";
import { PAYMENT_DEADLINE_FILTER_LABELS } from "./received-search.ts";

export function paymentDeadlineTiles(counts: { dueSoon: number; overdue: number }): ReceivedTile[] {
  return [
    {
      key: "echeance-sous7jours",
      label: PAYMENT_DEADLINE_FILTER_LABELS.sous7jours,
      count: counts.dueSoon,
      searchParams: { echeance: "sous7jours", tri: "date", ordre: "asc" },
      detail: `Échéance d'ici ${DUE_SOON_DAYS} jours, non mises en paiement`,
    },
    {
      key: "echeance-depasse",
      label: PAYMENT_DEADLINE_FILTER_LABELS.depasse,
      count: counts.overdue,
      searchParams: { echeance: "depasse", tri: "date", ordre: "asc" },
      detail: "Échéance passée, non mises en paiement",
    },
  ];
}
