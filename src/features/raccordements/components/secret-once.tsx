import { Alert } from "@codegouvfr/react-dsfr/Alert";

/**
 * A secret shown once, right after it was made: the portal keeps only its hash (an application's) or a sealed copy it
 * never shows again (a webhook's), so the gestionnaire copies it now.
 */
export function SecretOnce({ title, clientId, secret }: { title: string; clientId?: string; secret: string }) {
  return (
    <Alert
      className="fr-mb-3w"
      severity="warning"
      title={title}
      description={
        <>
          <p>Copiez ce secret maintenant et conservez-le en lieu sûr : il ne sera plus affiché. En cas de perte, renouvelez-le.</p>
          <dl>
            {clientId && (
              <>
                <dt>Identifiant du client (client_id)</dt>
                <dd>
                  <code data-testid="client-id">{clientId}</code>
                </dd>
              </>
            )}
            <dt>Secret</dt>
            <dd>
              <code data-testid="secret">{secret}</code>
            </dd>
          </dl>
        </>
      }
    />
  );
}
