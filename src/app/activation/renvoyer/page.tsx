import { resendActivationAction } from "@/features/accounts/actions.ts";
import { EmailRequestForm } from "@/features/accounts/ui.ts";

export const metadata = { title: "Renvoyer le lien d'activation" };

export default function RenvoyerActivationPage() {
  return (
    <main id="contenu" className="fr-container fr-py-6w" tabIndex={-1}>
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-6">
          <h1>Renvoyer le lien d&apos;activation</h1>
          <p>
            Saisissez l&apos;adresse électronique de connexion de votre compte : si celui-ci attend encore son activation, un nouveau lien,
            valable 24 heures, vous sera envoyé.
          </p>
          <EmailRequestForm action={resendActivationAction} submitLabel="Renvoyer le lien d'activation" />
        </div>
      </div>
    </main>
  );
}
