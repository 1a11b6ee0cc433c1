import { redirect } from "next/navigation";
import { safeReturnPath } from "@/features/accounts/index.ts";
import { getSecondFactorSettings } from "@/features/second-factor/index.ts";
import { SecondFactorForm } from "@/features/second-factor/ui.ts";
import { requireSession } from "@/server/auth/session.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "Vérification en deux étapes" };

/** "m•••@domaine.fr": enough for the user to recognise their address, not to read it over a shoulder. */
function maskEmail(email: string): string {
  const [local, domain] = email.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}

/** After the password: the second factor (or its setup, for an account that has none yet). */
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ retour?: string }> }) {
  const retour = safeReturnPath((await searchParams).retour);
  const session = await requireSession(retour);
  if (session.secondFactorDone) redirect(retour);
  const settings = await getSecondFactorSettings({ userId: session.id });
  if (!settings.hasSecondFactor) redirect(`/double-authentification/configuration?retour=${encodeURIComponent(retour)}`);
  return (
    <main id="contenu" role="main" className="fr-container fr-py-6w" tabIndex={-1}>
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
          <h1>Vérification en deux étapes</h1>
          <p>Votre mot de passe est correct. Pour terminer la connexion, prouvez que c&apos;est bien vous avec votre second facteur.</p>
          <SecondFactorForm retour={retour} hasTotp={!!settings.totpEnabledAt} hasKeys={settings.securityKeys.length > 0} maskedEmail={maskEmail(settings.email)} />
        </div>
      </div>
    </main>
  );
}
