import { SignupForm } from "@/features/accounts/ui.ts";

export const metadata = { title: "Créer un compte" };

export default function InscriptionPage() {
  return (
    <main id="contenu" className="fr-container fr-py-6w" tabIndex={-1}>
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8">
          <h1 id="titre-inscription">Saisie nouvel utilisateur</h1>
          <SignupForm />
        </div>
      </div>
    </main>
  );
}
