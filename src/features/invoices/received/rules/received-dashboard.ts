// The buyer's « Tableau de bord » of Factures reçues: what waits for the recipient (à traiter), then every status and
// every service, each tile a search of Factures reçues (its GET parameters), so that a tile's count and the list it
// opens always agree: the dashboard sums the groups the kept counts give (received_invoice_counts, decision 0022), the
// list filters on the same criteria. Pure.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { INVOICE_STATUS_LABELS, RECEIVED_STATUSES } from "@/features/invoices/common/ui.ts";
import type { ReceivedStatus } from "@/features/invoices/common/index.ts";
import type { ReceivedSearchValues } from "./received-search.ts";

/**
 * « À traiter »: the statuses in which the invoice waits for the recipient: made available or completed by the supplier
 * (a decision is due), then each step of the accounting chain until Mise en paiement. Not those waiting for the
 * supplier (Suspendue, À recycler) nor those over (Rejetée, Mise en paiement). Each allows the recipient an action of
 * the status machine (tests/unit/invoices/received holds them to it).
 */
export const TO_PROCESS_STATUSES = [
  "MISE_A_DISPOSITION",
  "COMPLETEE",
  "SERVICE_FAIT",
  "MANDATEE",
  "MISE_A_DISPOSITION_COMPTABLE",
  "COMPTABILISEE",
] as const satisfies readonly ReceivedStatus[];

export const isToProcess = (status: InvoiceStatus) => (TO_PROCESS_STATUSES as readonly string[]).includes(status);

/** One group of the kept counts: the invoices of one status addressed to one service (or to none). */
export type ReceivedGroup = { status: InvoiceStatus; serviceId: string | null; count: number };

export type ReceivedTile = {
  key: string;
  label: string;
  count: number;
  /** The criteria of Factures reçues that list the tile's invoices. */
  searchParams: ReceivedSearchValues;
  /** A second figure under the count (a service's invoices still to process). */
  detail?: string;
};

/** A service the user reaches, by its id, with the label the search's « Service » filter shows. */
export type DashboardService = { id: string; label: string };

const sum = (groups: ReceivedGroup[]) => groups.reduce((total, group) => total + group.count, 0);
const slug = (status: InvoiceStatus) => status.toLowerCase().replaceAll("_", "-");

/** The three groups of tiles and the totals, from the query's groups and the services the user reaches. */
export function receivedDashboard(groups: ReceivedGroup[], services: DashboardService[]) {
  const ofStatus = (status: InvoiceStatus) => groups.filter((group) => group.status === status);
  const toProcess = groups.filter((group) => isToProcess(group.status));
  const toProcessTiles: ReceivedTile[] = [
    { key: "a-traiter", label: "Toutes les factures à traiter", count: sum(toProcess), searchParams: { aTraiter: "oui" } },
    ...TO_PROCESS_STATUSES.map((status) => ({ key: `a-traiter-${slug(status)}`, label: INVOICE_STATUS_LABELS[status], count: sum(ofStatus(status)), searchParams: { statut: status } })),
  ];
  const statusTiles: ReceivedTile[] = RECEIVED_STATUSES.map((status) => ({ key: `statut-${slug(status)}`, label: INVOICE_STATUS_LABELS[status], count: sum(ofStatus(status)), searchParams: { statut: status } }));
  // Every service the user reaches, even without invoices (an empty service is news too); the invoices addressed
  // to no service are counted in the totals, not in a tile the search could not open.
  const serviceTiles: ReceivedTile[] = services.map((service) => {
    const own = groups.filter((group) => group.serviceId === service.id);
    const waiting = sum(own.filter((group) => isToProcess(group.status)));
    return { key: `service-${service.id}`, label: service.label, count: sum(own), searchParams: { service: service.id }, detail: `dont ${waiting} à traiter` };
  });
  return { total: sum(groups), toProcessTotal: sum(toProcess), toProcess: toProcessTiles, byStatus: statusTiles, byService: serviceTiles };
}

export type ReceivedDashboard = ReturnType<typeof receivedDashboard>;
