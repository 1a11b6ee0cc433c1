import Link from "next/link";
import { listEventFeed } from "@/features/events/index.ts";
import { ActualitesBlock, listActualites } from "@/features/news/index.ts";
import { getUserEspaces } from "@/features/structures/use-cases/get-user-espaces.ts";
import { mayModifyEspace } from "@/features/structures/use-cases/may-modify-espace.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Accueil connecté" };

export default async function AccueilPage() {
  const user = await requireUser();
  const [feed, espaces, mayDeposit, actualites] = await Promise.all([
    listEventFeed({ userId: user.id }),
    getUserEspaces({ userId: user.id }),
    mayModifyEspace({ userId: user.id, espace: "FACTURES_EMISES" }),
    listActualites(),
  ]);
  return (
    <>
      <h1>Accueil connecté</h1>
      <p className="fr-text--lead">
        Bonjour {user.prenom} {user.nom}.
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <section className="fr-col-12 fr-col-md-5" aria-labelledby="titre-fil">
          <h2 id="titre-fil" className="fr-h4">
            Fil d&apos;événements
          </h2>
          {feed.length === 0 && <p>Aucun événement</p>}
          {feed.map(({ day, espaces: dayEspaces }) => (
            <div key={day} className="fr-mb-2w">
              <h3 className="fr-h6 fr-mb-1v">{day} :</h3>
              <ul>
                {dayEspaces.map(({ espace, label, href }) => {
                  const text = `Un ou plusieurs événements dans l'espace ${label}`;
                  return (
                    <li key={espace}>
                      {href ? (
                        <Link className="fr-link" href={href}>
                          {text}
                        </Link>
                      ) : (
                        text
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
        <div className="fr-col-12 fr-col-md-4">
          <ActualitesBlock actualites={actualites} />
        </div>
        <section className="fr-col-12 fr-col-md-3" aria-labelledby="titre-acces-rapide">
          <h2 id="titre-acces-rapide" className="fr-h4">
            Accès rapide
          </h2>
          <ul className="fr-btns-group">
            {espaces.has("ACTIVITES_GESTIONNAIRE") && (
              <li>
                <Link className="fr-btn fr-btn--secondary" href="/activites-gestionnaire/structures">
                  + Ajouter un espace
                </Link>
              </li>
            )}
            <li>
              <Link className="fr-btn fr-btn--secondary" href="/recherche-structure-publique">
                Rechercher structure publique
              </Link>
            </li>
            {mayDeposit && (
              <li>
                <Link className="fr-btn" href="/factures-emises">
                  + Déposer une facture
                </Link>
              </li>
            )}
          </ul>
        </section>
      </div>
    </>
  );
}
