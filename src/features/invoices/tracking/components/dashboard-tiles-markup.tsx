"use client";
import Link from "next/link";

/** A tile as the server worked it out (dashboard-tile-grid.tsx): its link, its label and its count, written. */
export type DashboardTileCells = { key: string; label: string; href: string; count: string; unit: string };

/**
 * The markup of the Tableau de bord's tiles. A client component: the page carries these few strings per tile for
 * hydration, not the tiles' tree (decision 0025, fourth pass); the HTML is the same.
 */
export function DashboardTilesMarkup({ tiles }: { tiles: DashboardTileCells[] }) {
  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
      {tiles.map((tile) => (
        <li key={tile.key} className="fr-col-6 fr-col-md-4 fr-col-lg-3">
          <div className="fr-tile fr-enlarge-link fr-tile--sm" data-testid={`tuile-${tile.key}`}>
            <div className="fr-tile__body">
              <div className="fr-tile__content">
                <h2 className="fr-tile__title fr-text--md">
                  <Link href={tile.href}>{tile.label}</Link>
                </h2>
                <p className="fr-tile__detail fr-h3 fr-mb-0">
                  {tile.count}
                  <span className="fr-sr-only"> {tile.unit}</span>
                </p>
              </div>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
