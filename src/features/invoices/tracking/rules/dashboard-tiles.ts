// "Tableau de bord Factures" (seed 002): one tile per état of the supplier's sent invoices, the A9/A12 validation
// ones first, as the portal shows them. A tile is a filter of Rechercher, so that its count and the list it opens
// always agree: the dashboard counts with `tileMatches`, the search filters with the same criteria. A rejected invoice
// whose rejection the supplier handled (« Traiter le rejet ») asks for nothing more: it leaves the Rejetée tile. Pure.
import { InvoiceStatus, type CadreFacturation } from "@/generated/prisma/enums.ts";
import { INVOICE_STATUS_LABELS, MOE_CIRCUIT_STATUSES } from "@/features/invoices/common/ui.ts";
import type { Cadre } from "./search-criteria.ts";
import type { RejectionFilter } from "./rejection-handling.ts";

/** How an invoice in VALIDEE_1 got there: by the holder of the contract, or by the platform when the delay ran out. */
export type ValidationKind = "manuelle" | "automatique";

export type DashboardTile = {
  key: string;
  label: string;
  status: InvoiceStatus;
  cadre?: Cadre;
  validation?: ValidationKind;
  /** Rejetée: only the rejections the supplier has not handled yet (« Traiter le rejet »), the ones asking for action. */
  rejection?: RejectionFilter;
};

/** What the dashboard's aggregate query gives per group; `automatic` = a VALIDEE_1 whose validation row has no actor. */
export type StatusGroup = { status: InvoiceStatus; cadre: CadreFacturation; automatic: boolean; count: number; rejectionHandled?: boolean };

// A9: the titulaire validates its sous-traitant's invoice; A12: the mandataire its cotraitant's ("par mandataire").
const VALIDATION_TILES: DashboardTile[] = [
  { key: "validee", label: "Validée", status: "VALIDEE_1", cadre: "A9", validation: "manuelle" },
  { key: "validee-mandataire", label: "Validée par mandataire", status: "VALIDEE_1", cadre: "A12", validation: "manuelle" },
  { key: "refusee", label: "Refusée", status: "REFUSEE_1", cadre: "A9" },
  { key: "refusee-mandataire", label: "Refusée par mandataire", status: "REFUSEE_1", cadre: "A12" },
  { key: "validation-auto", label: "Validation automatique hors délai", status: "VALIDEE_1", cadre: "A9", validation: "automatique" },
  { key: "validation-mandataire-auto", label: "Validation mandataire automatique hors délai", status: "VALIDEE_1", cadre: "A12", validation: "automatique" },
  { key: "a-valider", label: "À valider", status: "A_VALIDER_1" },
];

/** The short names of the tiles where the status's full label is too long for a tile. */
const SHORT_LABELS: Partial<Record<InvoiceStatus, string>> = {
  EN_COURS_ACHEMINEMENT: "En cours d'acheminement",
  MISE_A_DISPOSITION: "Mise à disposition",
};

// A works document's maîtrise d'œuvre circuit has its own list, in « Factures de travaux ».
const ROUTED_STATUSES = (Object.values(InvoiceStatus) as InvoiceStatus[]).filter(
  (status) => !["BROUILLON", "A_VALIDER_1", "VALIDEE_1", "REFUSEE_1", ...MOE_CIRCUIT_STATUSES].includes(status),
);

/** Every tile, in the portal's order: validation first, then Déposée, Mise à disposition and the recipient's états. */
export const DASHBOARD_TILES: readonly DashboardTile[] = [
  ...VALIDATION_TILES,
  ...ROUTED_STATUSES.map((status): DashboardTile => ({
    key: status.toLowerCase().replaceAll("_", "-"),
    label: SHORT_LABELS[status] ?? INVOICE_STATUS_LABELS[status],
    status,
    ...(status === "REJETEE" ? { rejection: "a-traiter" as const } : {}),
  })),
];

/** Whether a group of invoices counts in the tile. */
export function tileMatches(tile: DashboardTile, group: Omit<StatusGroup, "count">): boolean {
  if (group.status !== tile.status) return false;
  if (tile.cadre && group.cadre !== tile.cadre) return false;
  if (tile.validation && group.automatic !== (tile.validation === "automatique")) return false;
  if (tile.rejection && Boolean(group.rejectionHandled) !== (tile.rejection === "traite")) return false;
  return true;
}

/** Each tile with its count, from the aggregate query's groups. */
export function dashboardCounts(groups: StatusGroup[]): { tile: DashboardTile; count: number }[] {
  return DASHBOARD_TILES.map((tile) => ({ tile, count: groups.filter((group) => tileMatches(tile, group)).reduce((sum, group) => sum + group.count, 0) }));
}

/** The Rechercher criteria (GET parameters) that list a tile's invoices. */
export function tileSearchParams(tile: DashboardTile): Record<string, string> {
  return { statut: tile.status, ...(tile.cadre ? { cadre: tile.cadre } : {}), ...(tile.validation ? { validation: tile.validation } : {}), ...(tile.rejection ? { rejet: tile.rejection } : {}) };
}

/**
 * The aggregate's groups with the handled rejections taken out of their REJETEE group into groups of their own
 * (`handled`: per cadre, counted apart so that the aggregate stays an index-only read).
 */
export function withHandledRejections(groups: readonly StatusGroup[], handled: readonly { cadre: CadreFacturation; count: number }[]): StatusGroup[] {
  const result = groups.map((group) => ({ ...group }));
  for (const { cadre, count } of handled) {
    if (count <= 0) continue;
    const rejected = result.find((group) => group.status === "REJETEE" && group.cadre === cadre && !group.rejectionHandled);
    if (rejected) rejected.count -= Math.min(count, rejected.count);
    result.push({ status: "REJETEE", cadre, automatic: false, count, rejectionHandled: true });
  }
  return result.filter((group) => group.count > 0);
}
