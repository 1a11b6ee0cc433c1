import Link from "next/link";
import type { getSupplierDashboard } from "../use-cases/get-supplier-dashboard.ts";

type Tiles = Awaited<ReturnType<typeof getSupplierDashboard>>["tiles"];

const count = new Intl.NumberFormat("fr-FR");

/** "Tableau de bord Factures": one DSFR tile per état with its count; each opens Rechercher filtered on it. */
export function DashboardTileGrid({ tiles, structureId }: { tiles: Tiles; structureId?: string }) {
  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
      {tiles.map((tile) => {
        const params = new URLSearchParams({ ...tile.searchParams, ...(structureId ? { structure: structureId } : {}) });
        return (
          <li key={tile.key} className="fr-col-6 fr-col-md-4 fr-col-lg-3">
            <div className="fr-tile fr-enlarge-link fr-tile--sm" data-testid={`tuile-${tile.key}`}>
              <div className="fr-tile__body">
                <div className="fr-tile__content">
                  <h2 className="fr-tile__title fr-text--md">
                    <Link href={`/factures-emises/rechercher?${params}`}>{tile.label}</Link>
                  </h2>
                  <p className="fr-tile__detail fr-h3 fr-mb-0">
                    {count.format(tile.count)}
                    <span className="fr-sr-only"> {tile.count > 1 ? "factures" : "facture"}</span>
                  </p>
                </div>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
