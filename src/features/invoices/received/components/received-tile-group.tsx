import { CountTiles } from "@/components/count-tiles.tsx";
import type { ReceivedTile } from "../rules/received-dashboard.ts";
import { receivedSearchHref } from "../rules/received-search.ts";

const count = new Intl.NumberFormat("fr-FR");

/**
 * One group of the buyer's « Tableau de bord » (À traiter, Par statut, Par service…): a titled list of DSFR tiles, each
 * with its count, opening Factures reçues filtered on it. Any group of tiles of that shape takes its place here
 * (the payment delays' « Échéance dans 7 jours » and « En retard » included). The links and counts are written here,
 * the markup is a client component's (CountTiles).
 */
export function ReceivedTileGroup({ id, title, tiles }: { id: string; title: string; tiles: readonly ReceivedTile[] }) {
  return (
    <section aria-labelledby={id} className="fr-mb-4w">
      <h2 id={id} className="fr-h4">
        {title}
      </h2>
      <CountTiles
        heading="h3"
        tiles={tiles.map((tile) => ({
          key: tile.key,
          label: tile.label,
          href: receivedSearchHref(tile.searchParams),
          count: count.format(tile.count),
          unit: tile.count > 1 ? "factures" : "facture",
          detail: tile.detail,
        }))}
      />
    </section>
  );
}
