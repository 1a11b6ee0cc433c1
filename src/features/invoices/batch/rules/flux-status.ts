// What a flux is at each moment ("Suivi des flux"): its status from its counts, the labels the portal shows, the
// progress line and the one event told to the supplier's users when the flux is done. Pure.
import type { DepositFluxItemStatus, DepositFluxStatus } from "@/generated/prisma/enums.ts";

export const FLUX_STATUS_LABELS: Record<DepositFluxStatus, string> = {
  EN_COURS: "En cours",
  INTEGRE: "Intégré",
  INTEGRE_PARTIELLEMENT: "Intégré partiellement",
  REJETE: "Rejeté",
};

export const FLUX_ITEM_STATUS_LABELS: Record<DepositFluxItemStatus, string> = {
  EN_ATTENTE: "En attente",
  ACCEPTEE: "Acceptée",
  REJETEE: "Rejetée",
};

/** The status of a flux whose every file is processed: all accepted, some, or none. */
export function finishedFluxStatus(invoiceCount: number, acceptedCount: number): Exclude<DepositFluxStatus, "EN_COURS"> {
  if (acceptedCount === 0) return "REJETE";
  return acceptedCount >= invoiceCount ? "INTEGRE" : "INTEGRE_PARTIELLEMENT";
}

const count = (value: number) => new Intl.NumberFormat("fr-FR").format(value).replace(/[\u202f\u00a0]/g, " ");
const plural = (value: number, one: string, many: string) => `${count(value)} ${value > 1 ? many : one}`;

/** « 350 / 1 000 factures traitées ». */
export function fluxProgressLabel(processed: number, total: number): string {
  return `${count(processed)} / ${count(total)} ${total > 1 ? "factures traitées" : "facture traitée"}`;
}

const OUTCOME: Record<Exclude<DepositFluxStatus, "EN_COURS">, string> = { INTEGRE: "intégré", INTEGRE_PARTIELLEMENT: "intégré partiellement", REJETE: "rejeté" };

/** « Flux n° FLUX2026… intégré partiellement : 9 998 factures acceptées, 2 rejetées. » */
export function fluxFinishedMessage(number: string, status: Exclude<DepositFluxStatus, "EN_COURS">, accepted: number, rejected: number): string {
  return `Flux n° ${number} ${OUTCOME[status]} : ${plural(accepted, "facture acceptée", "factures acceptées")}, ${plural(rejected, "rejetée", "rejetées")}.`;
}
