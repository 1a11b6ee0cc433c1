import type { getSupplierDashboard } from "../use-cases/get-supplier-dashboard.ts";
import { DashboardTilesMarkup } from "./dashboard-tiles-markup.tsx";

type Tiles = Awaited<ReturnType<typeof getSupplierDashboard>>["tiles"];

const count = new Intl.NumberFormat("fr-FR");

/**
 * "Tableau de bord Factures": one DSFR tile per état with its count; each opens Rechercher filtered on it. The links
 * and counts are written here, the markup is a client component's (dashboard-tiles-markup.tsx).
 */
export function DashboardTileGrid({ tiles, structureId }: { tiles: Tiles; structureId?: string }) {
  return (
    <DashboardTilesMarkup
      tiles={tiles.map((tile) => ({
        key: tile.key,
        label: tile.label,
        href: `/factures-emises/rechercher?${new URLSearchParams({ ...tile.searchParams, ...(structureId ? { structure: structureId } : {}) })}`,
        count: count.format(tile.count),
        unit: tile.count > 1 ? "factures" : "facture",
      }))}
    />
  );
}
