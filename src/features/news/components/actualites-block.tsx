import type { Actualite } from "../use-cases/list-actualites.ts";

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

/** Accueil's « Actualités », as the page read them (listActualites). */
export function ActualitesBlock({ actualites }: { actualites: Actualite[] }) {
  return (
    <section aria-labelledby="titre-actualites">
      <h2 id="titre-actualites" className="fr-h4">
        Actualités
      </h2>
      {actualites.length === 0 && <p>Aucune actualité pour le moment.</p>}
      {actualites.map((actualite) => (
        <article key={actualite.id} className="fr-mb-3w">
          <h3 className="fr-h6 fr-mb-1v">
            {actualite.categorie ? `[${actualite.categorie}] ` : ""}
            {actualite.titre}
          </h3>
          <p className="fr-text--xs fr-mb-1v">Date de publication : {dateFormat.format(actualite.publishedAt)}</p>
          <p className="fr-text--sm">{actualite.contenu}</p>
        </article>
      ))}
    </section>
  );
}
