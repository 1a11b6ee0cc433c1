import type { getSupplierDashboard } from "../use-cases/get-supplier-dashboard.ts";
import { CountTiles } from "@/components/count-tiles.tsx";

type Tiles = Awaited<ReturnType<typeof getSupplierDashboard>>["tiles"];

const count = new Intl.NumberFormat("fr-FR");

/**
 * "Tableau de bord Factures": one DSFR tile per état with its count; each opens Rechercher filtered on it. The links
 * and counts are written here, the markup is a client component's (CountTiles).
 */
export function DashboardTileGrid({ tiles, structureId }: { tiles: Tiles; structureId?: string }) {
  return (
    <CountTiles
      heading="h2"
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
