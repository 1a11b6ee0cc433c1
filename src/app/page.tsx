import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm, safeReturnPath } from "@/features/accounts/ui.ts";
import { ActualitesBlock, listActualites } from "@/features/news/index.ts";
import { getCurrentUser } from "@/server/auth/session.ts";
import { config } from "@/server/config.ts";

export const dynamic = "force-dynamic";

type HomeSearchParams = { session?: string; retour?: string; activation?: string; "mot-de-passe"?: string };

/** What the step before the login form (e-mailed links) says, by its query parameter. */
function loginNotice(params: HomeSearchParams): string | undefined {
  if (params.activation === "ok") return "Votre compte est activé : connectez-vous.";
  if (params["mot-de-passe"] === "modifie") return "Votre mot de passe a été modifié : connectez-vous.";
  return undefined;
}

export default async function HomePage({ searchParams }: { searchParams: Promise<HomeSearchParams> }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.retour);
  if (await getCurrentUser()) redirect(returnTo);
  const actualites = await listActualites();
  return (
    <main id="contenu" role="main" className="fr-container fr-py-6w" tabIndex={-1}>
      <h1>Bienvenue sur le {config.serviceName.toLocaleUpperCase("fr-FR")}</h1>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-7">
          <p className="fr-text--lead">
            Vous êtes une entreprise fournisseur de biens ou de services d&apos;une entité publique française. À l&apos;aide de ce
            portail, vous pouvez lui adresser vos factures sous forme électronique plutôt que papier.
          </p>
          <p>Le portail vous offre les fonctionnalités suivantes :</p>
          <ul>
            <li>
              <strong>Adresser vos factures dématérialisées</strong> à vos clients publics (par saisie manuelle ou dépôt de PDF ou
              de fichiers XML : Factur-X, UBL, CII) ;
            </li>
            <li>
              <strong>Suivre l&apos;avancement du traitement</strong> de vos factures dématérialisées jusqu&apos;au paiement.
            </li>
          </ul>
          <p>Le portail vous permet de :</p>
          <ul>
            <li>
              <strong>Réduire les coûts et les délais de traitement</strong>, pour les entreprises comme pour l&apos;entité publique
              cliente ;
            </li>
            <li>
              <strong>Sécuriser les échanges</strong> ;
            </li>
            <li>
              <strong>Œuvrer pour le développement durable</strong> (moins de papier et de transport).
            </li>
          </ul>
          <p>Ce service est entièrement gratuit.</p>
          <ActualitesBlock actualites={actualites} />
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <div className="fr-p-4w fr-mb-4w" style={{ border: "1px solid var(--border-default-grey)" }}>
            <LoginForm sessionExpired={params.session === "expiree"} returnTo={returnTo} notice={loginNotice(params)} />
          </div>
          <section className="fr-p-4w" style={{ border: "1px solid var(--border-default-grey)" }} aria-labelledby="titre-nouveau">
            <h2 id="titre-nouveau" className="fr-h4">
              Vous êtes nouveau ?
            </h2>
            <p>Créez votre compte, puis rattachez-le à la structure de votre entreprise pour déposer vos factures.</p>
            <ul className="fr-btns-group">
              <li>
                <Link className="fr-btn" href="/inscription">
                  Créer un compte
                </Link>
              </li>
              <li>
                <Link className="fr-btn fr-btn--secondary" href="/structures-publiques">
                  Rechercher une structure publique
                </Link>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </main>
  );
}
