import { requestPasswordResetAction } from "@/features/accounts/actions.ts";
import { EmailRequestForm } from "@/features/accounts/ui.ts";

export const metadata = { title: "Mot de passe oublié" };

export default function MotDePasseOubliePage() {
  return (
    <main id="contenu" className="fr-container fr-py-6w" tabIndex={-1}>
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-6">
          <h1>Mot de passe oublié</h1>
          <p>
            Saisissez l&apos;adresse électronique de connexion de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe,
            après avoir répondu à votre question secrète.
          </p>
          <EmailRequestForm action={requestPasswordResetAction} submitLabel="Recevoir un lien de réinitialisation" />
        </div>
      </div>
    </main>
  );
}
