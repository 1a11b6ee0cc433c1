"use client";
import Link from "next/link";

/** A tile as the server worked it out: its link, its label, its count written, what it counts, an optional second figure. */
export type CountTile = { key: string; label: string; href: string; count: string; unit: string; detail?: string };

/**
 * DSFR tiles, each a count opening the list it counts (the supplier's and the buyer's Tableau de bord). A client
 * component: the page carries these few strings per tile for hydration, not the tiles' tree (decision 0025, fourth
 * pass); the HTML is the server's. `heading`: the tiles' title level under the page's own headings.
 */
export function CountTiles({ tiles, heading: Heading }: { tiles: readonly CountTile[]; heading: "h2" | "h3" }) {
  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
      {tiles.map((tile) => (
        <li key={tile.key} className="fr-col-6 fr-col-md-4 fr-col-lg-3">
          <div className="fr-tile fr-enlarge-link fr-tile--sm" data-testid={`tuile-${tile.key}`}>
            <div className="fr-tile__body">
              <div className="fr-tile__content">
                <Heading className="fr-tile__title fr-text--md">
                  <Link href={tile.href}>{tile.label}</Link>
                </Heading>
                <p className="fr-tile__detail fr-h3 fr-mb-0">
                  {tile.count}
                  <span className="fr-sr-only"> {tile.unit}</span>
                </p>
                {tile.detail && <p className="fr-tile__desc fr-text--sm fr-mb-0">{tile.detail}</p>}
              </div>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
