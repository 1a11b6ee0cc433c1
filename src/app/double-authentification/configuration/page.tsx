import { redirect } from "next/navigation";
import { safeReturnPath } from "@/features/accounts/index.ts";
import { beginTotpSetup, getSecondFactorSettings } from "@/features/second-factor/index.ts";
import { SecurityKeyRegistration, TotpSetupForm } from "@/features/second-factor/ui.ts";
import { requireSession } from "@/server/auth/session.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "Activer la double authentification" };

/**
 * At first login (an account without a second factor: nothing else is open until it has one), or from Mon compte to
 * replace the authenticator app.
 */
export default async function SecondFactorSetupPage({ searchParams }: { searchParams: Promise<{ retour?: string }> }) {
  const retour = safeReturnPath((await searchParams).retour);
  const session = await requireSession(retour);
  const settings = await getSecondFactorSettings({ userId: session.id });
  const firstSetup = !settings.hasSecondFactor;
  if (!firstSetup && !session.secondFactorDone) redirect(`/double-authentification?retour=${encodeURIComponent(retour)}`);
  const setup = await beginTotpSetup({ userId: session.id, email: settings.email });
  const next = firstSetup ? retour : "/mon-compte/securite";
  const nextLabel = firstSetup ? "J'ai conservé mes codes de secours : continuer" : "Retour à la sécurité du compte";
  return (
    <main id="contenu" role="main" className="fr-container fr-py-6w" tabIndex={-1}>
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1>{firstSetup ? "Activer la double authentification" : "Changer d'application d'authentification"}</h1>
          {firstSetup ? (
            <p>
              Le portail demande à chaque connexion, après le mot de passe, un second facteur : un code à usage unique de votre application
              d&apos;authentification, ou une clé de sécurité. Configurez-en un pour accéder au portail.
            </p>
          ) : (
            <p>L&apos;application actuelle cessera de fonctionner dès que la nouvelle aura donné son premier code.</p>
          )}
          <TotpSetupForm qrCodeDataUrl={setup.qrCodeDataUrl} secret={setup.secret} sealed={setup.sealed} next={next} nextLabel={nextLabel} />
          {firstSetup && (
            <section aria-labelledby="titre-cle-configuration" className="fr-mt-6w">
              <h2 id="titre-cle-configuration" className="fr-h5">
                Ou avec une clé de sécurité
              </h2>
              <p>Une clé USB ou NFC (FIDO2), ou la clé d&apos;accès de cet appareil (empreinte, visage, code).</p>
              <SecurityKeyRegistration next={retour} nextLabel="J'ai conservé mes codes de secours : continuer" />
            </section>
          )}
        </div>
      </div>
    </main>
  );
}
