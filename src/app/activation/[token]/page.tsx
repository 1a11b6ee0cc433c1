import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import { activateAccountAction } from "@/features/accounts/actions.ts";
import { getActivationAccount, INVALID_ACTIVATION_LINK } from "@/features/accounts/index.ts";
import { ActivationForm } from "@/features/accounts/ui.ts";

export const metadata = { title: "Activation du compte utilisateur" };
export const dynamic = "force-dynamic";

export default async function ActivationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const account = await getActivationAccount({ token });
  return (
    <main id="contenu" className="fr-container fr-py-6w" tabIndex={-1}>
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Activation du compte utilisateur</h1>
          {account ? (
            <>
              <h2 className="fr-h4">Informations générales</h2>
              <dl className="fr-mb-4w">
                <dt className="fr-text--bold">Adresse électronique de connexion</dt>
                <dd>{account.loginEmail}</dd>
                <dt className="fr-text--bold">Adresse électronique de contact</dt>
                <dd>{account.contactEmail ?? account.loginEmail}</dd>
                <dt className="fr-text--bold">Nom</dt>
                <dd>{account.nom}</dd>
                <dt className="fr-text--bold">Prénom</dt>
                <dd>{account.prenom}</dd>
              </dl>
              <ActivationForm action={activateAccountAction.bind(null, token)} />
            </>
          ) : (
            <>
              <Alert severity="error" title="Lien d'activation invalide" description={INVALID_ACTIVATION_LINK} />
              <p className="fr-mt-3w">
                <Link className="fr-link" href="/activation/renvoyer">
                  Recevoir un nouveau lien d&apos;activation
                </Link>
              </p>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
