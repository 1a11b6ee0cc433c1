import { Button } from "@codegouvfr/react-dsfr/Button";
import { getSecondFactorSettings } from "@/features/second-factor/index.ts";
import { RegenerateRecoveryCodesForm, RemoveSecurityKeyButton, SecurityKeyRegistration } from "@/features/second-factor/ui.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Double authentification - Mon compte" };

const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

/** Mon compte > Double authentification: the app, the recovery codes, the security keys. */
export default async function SecuritePage() {
  const user = await requireUser();
  const settings = await getSecondFactorSettings({ userId: user.id });
  return (
    <>
      <h1>Double authentification</h1>
      <section aria-labelledby="titre-application" className="fr-mb-6w">
        <h2 id="titre-application" className="fr-h4">
          Application d&apos;authentification
        </h2>
        <p>{settings.totpEnabledAt ? `Activée le ${date.format(settings.totpEnabledAt)}.` : "Aucune application n'est configurée."}</p>
        <Button priority="secondary" linkProps={{ href: "/double-authentification/configuration" }}>
          {settings.totpEnabledAt ? "Changer d'application d'authentification" : "Configurer une application d'authentification"}
        </Button>
      </section>
      <section aria-labelledby="titre-secours" className="fr-mb-6w">
        <h2 id="titre-secours" className="fr-h4">
          Codes de secours
        </h2>
        <p>
          {settings.recoveryCodesLeft} code{settings.recoveryCodesLeft > 1 ? "s" : ""} de secours inutilisé{settings.recoveryCodesLeft > 1 ? "s" : ""}. En
          générer de nouveaux rend les précédents inutilisables.
        </p>
        <RegenerateRecoveryCodesForm />
      </section>
      <section aria-labelledby="titre-cles" className="fr-mb-6w">
        <h2 id="titre-cles" className="fr-h4">
          Clés de sécurité
        </h2>
        {settings.securityKeys.length === 0 ? (
          <p>Aucune clé de sécurité n&apos;est enregistrée.</p>
        ) : (
          <div className="fr-table">
            <table>
              <caption>Clés de sécurité enregistrées</caption>
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">Enregistrée le</th>
                  <th scope="col">Dernière utilisation</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {settings.securityKeys.map((key) => (
                  <tr key={key.id}>
                    <td>{key.name}</td>
                    <td>{date.format(key.createdAt)}</td>
                    <td>{key.lastUsedAt ? date.format(key.lastUsedAt) : "—"}</td>
                    <td>
                      <RemoveSecurityKeyButton keyId={key.id} name={key.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <SecurityKeyRegistration />
      </section>
      <Button priority="secondary" linkProps={{ href: "/mon-compte" }}>
        Retour à Mon compte
      </Button>
    </>
  );
}
