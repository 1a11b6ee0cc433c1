import Link from "next/link";
import type { ReceivedTile } from "../rules/received-dashboard.ts";
import { receivedSearchHref } from "../rules/received-search.ts";

const count = new Intl.NumberFormat("fr-FR");

/**
 * One group of the buyer's « Tableau de bord » (À traiter, Par statut, Par service…): a titled list of DSFR tiles, each
 * with its count, opening Factures reçues filtered on it. Any group of tiles of that shape takes its place here
 * (the payment delays' « Échéance dans 7 jours » and « En retard » included).
 */
export function ReceivedTileGroup({ id, title, tiles }: { id: string; title: string; tiles: readonly ReceivedTile[] }) {
  return (
    <section aria-labelledby={id} className="fr-mb-4w">
      <h2 id={id} className="fr-h4">
        {title}
      </h2>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {tiles.map((tile) => (
          <li key={tile.key} className="fr-col-6 fr-col-md-4 fr-col-lg-3">
            <div className="fr-tile fr-enlarge-link fr-tile--sm" data-testid={`tuile-${tile.key}`}>
              <div className="fr-tile__body">
                <div className="fr-tile__content">
                  <h3 className="fr-tile__title fr-text--md">
                    <Link href={receivedSearchHref(tile.searchParams)}>{tile.label}</Link>
                  </h3>
                  <p className="fr-tile__detail fr-h3 fr-mb-0">
                    {count.format(tile.count)}
                    <span className="fr-sr-only"> {tile.count > 1 ? "factures" : "facture"}</span>
                  </p>
                  {tile.detail && <p className="fr-tile__desc fr-text--sm fr-mb-0">{tile.detail}</p>}
                </div>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
