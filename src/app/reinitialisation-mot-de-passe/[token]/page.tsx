import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import { resetPasswordAction } from "@/features/accounts/actions.ts";
import { getPasswordReset, INVALID_RESET_LINK } from "@/features/accounts/index.ts";
import { ResetPasswordForm } from "@/features/accounts/ui.ts";

export const metadata = { title: "Réinitialisation du mot de passe" };
export const dynamic = "force-dynamic";

export default async function ReinitialisationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await getPasswordReset({ token });
  return (
    <main id="contenu" className="fr-container fr-py-6w" tabIndex={-1}>
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Réinitialisation du mot de passe</h1>
          {reset ? (
            <ResetPasswordForm secretQuestion={reset.secretQuestion} action={resetPasswordAction.bind(null, token)} />
          ) : (
            <>
              <Alert severity="error" title="Lien de réinitialisation invalide" description={INVALID_RESET_LINK} />
              <p className="fr-mt-3w">
                <Link className="fr-link" href="/mot-de-passe-oublie">
                  Recevoir un nouveau lien de réinitialisation
                </Link>
              </p>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
