import { Button } from "@codegouvfr/react-dsfr/Button";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import {
  deactivateWebhookSubscriptionAction,
  revokeApplicationAction,
  rotateApplicationSecretAction,
  setTechnicalAccountActiveAction,
} from "@/features/raccordements/actions.ts";
import { RowActionForm } from "@/features/raccordements/components/row-action-form.tsx";
import { API_SCOPE_VALUES, raccordementsPath, secretHintText, WEBHOOK_EVENT_LABELS, type ApiScopeValue } from "@/features/raccordements/ui.ts";
import { listApplications } from "@/features/raccordements/use-cases/list-applications.ts";
import { listTechnicalAccounts } from "@/features/raccordements/use-cases/list-technical-accounts.ts";
import { listWebhookSubscriptions } from "@/features/raccordements/use-cases/list-webhook-subscriptions.ts";
import { ESPACE_LABELS } from "@/features/structures/ui.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";
import { formatDate } from "../load-managed-structure.ts";

export const metadata = { title: "Raccordements EDI et API" };

const NOTICES: Record<string, string> = {
  compteCree: "Le compte technique est créé : déclarez-lui une application pour appeler l'API en son nom.",
  droitsModifies: "Les droits du compte technique sont modifiés : ils s'appliquent dès le prochain appel de ses applications.",
};

const SCOPE_NAMES: Record<ApiScopeValue, string> = { lecture: "Lecture", ecriture: "Écriture" };

export default async function RaccordementsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requireUser();
  const [{ structure, accounts }, applications, subscriptions] = await findOr404([id], () =>
    Promise.all([listTechnicalAccounts({ userId: user.id, structureId: id }), listApplications({ userId: user.id, structureId: id }), listWebhookSubscriptions({ userId: user.id, structureId: id })]),
  );
  const base = raccordementsPath(id);
  const notice = Object.keys(NOTICES).find((key) => query[key] === "1");
  const rights = (account: (typeof accounts)[number]) =>
    account.espaces.length === 0 ? "Aucun espace" : account.espaces.map((e) => `${ESPACE_LABELS[e.espace]} (${e.modification ? "modification" : "consultation"})`).join(", ");

  return (
    <>
      <p className="fr-mb-1w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={`/activites-gestionnaire/structures/${id}`}>
          Retour à la structure
        </Link>
      </p>
      <h1>Raccordements EDI et API</h1>
      <p className="fr-text--lead">{structure.raisonSociale}</p>
      {notice && <Notice className="fr-mb-3w" title={NOTICES[notice]} />}
      <p>
        Un logiciel (ERP, plateforme de facturation) appelle l&apos;API du portail au nom d&apos;un compte technique de la structure, avec exactement ses espaces et
        ses droits. Déclarez-lui une application pour obtenir son identifiant et son secret (OAuth2 client credentials), et abonnez des adresses aux événements
        de la structure.
      </p>

      <section aria-labelledby="titre-comptes" className="fr-mt-4w">
        <h2 id="titre-comptes">Comptes techniques</h2>
        {accounts.length === 0 ? (
          <p>Aucun compte technique.</p>
        ) : (
          <Table
            noCaption
            headers={["Nom", "Identifiant", "Espaces et droits", "Statut", "Créé le", "Actions"]}
            data={accounts.map((account) => [
              account.nom,
              <code key="login">{account.login}</code>,
              rights(account),
              account.actif ? "Actif" : "Désactivé",
              formatDate(account.createdAt),
              <div key="actions">
                <Link className="fr-link" href={`${base}/comptes-techniques/${account.id}/modifier`} aria-label={`Modifier les droits du compte technique ${account.nom}`}>
                  Modifier les droits
                </Link>
                <RowActionForm
                  action={setTechnicalAccountActiveAction.bind(null, id)}
                  fields={account.actif ? { technicalAccountId: account.id } : { technicalAccountId: account.id, actif: "on" }}
                  label={account.actif ? "Désactiver" : "Réactiver"}
                  ariaLabel={`${account.actif ? "Désactiver" : "Réactiver"} le compte technique ${account.nom}`}
                />
              </div>,
            ])}
          />
        )}
        <Button priority="secondary" linkProps={{ href: `${base}/comptes-techniques/nouveau` }}>
          + Créer un compte technique
        </Button>
      </section>

      <section aria-labelledby="titre-applications" className="fr-mt-6w">
        <h2 id="titre-applications">Applications</h2>
        {applications.length === 0 ? (
          <p>Aucune application.</p>
        ) : (
          <Table
            noCaption
            headers={["Nom", "Identifiant du client", "Compte technique", "Portées", "Secret", "Créée le", "Statut", "Actions"]}
            data={applications.map((application) => [
              application.name,
              <code key="client">{application.clientId}</code>,
              application.technicalAccount.nom,
              API_SCOPE_VALUES.filter((scope) => application.scopes.includes(scope)).map((scope) => SCOPE_NAMES[scope]).join(", "),
              secretHintText(application.secretHint),
              formatDate(application.createdAt),
              application.revokedAt ? `Révoquée le ${formatDate(application.revokedAt)}` : "Active",
              application.revokedAt ? (
                ""
              ) : (
                <div key="actions">
                  <RowActionForm
                    action={rotateApplicationSecretAction.bind(null, id)}
                    fields={{ applicationId: application.id }}
                    label="Renouveler le secret"
                    ariaLabel={`Renouveler le secret de l'application ${application.name}`}
                  />
                  <RowActionForm
                    action={revokeApplicationAction.bind(null, id)}
                    fields={{ applicationId: application.id }}
                    label="Révoquer"
                    ariaLabel={`Révoquer l'application ${application.name}`}
                    confirmation={`Révoquer l'application « ${application.name} » ? Elle ne pourra plus appeler l'API, définitivement.`}
                  />
                </div>
              ),
            ])}
          />
        )}
        <Button priority="secondary" linkProps={{ href: `${base}/applications/nouvelle` }}>
          + Déclarer une application
        </Button>
      </section>

      <section aria-labelledby="titre-webhooks" className="fr-mt-6w">
        <h2 id="titre-webhooks">Webhooks</h2>
        {subscriptions.length === 0 ? (
          <p>Aucun abonnement.</p>
        ) : (
          <Table
            noCaption
            headers={["Adresse", "Événements", "Créé le", "Statut", "Actions"]}
            data={subscriptions.map((subscription) => [
              <code key="url">{subscription.url}</code>,
              subscription.events.map((event) => WEBHOOK_EVENT_LABELS[event]).join(", "),
              formatDate(subscription.createdAt),
              subscription.active ? "Actif" : "Désactivé",
              subscription.active ? (
                <RowActionForm
                  key="actions"
                  action={deactivateWebhookSubscriptionAction.bind(null, id)}
                  fields={{ subscriptionId: subscription.id }}
                  label="Désactiver"
                  ariaLabel={`Désactiver l'abonnement ${subscription.url}`}
                />
              ) : (
                ""
              ),
            ])}
          />
        )}
        <ul className="fr-btns-group fr-btns-group--inline">
          <li>
            <Button priority="secondary" linkProps={{ href: `${base}/webhooks/nouveau` }}>
              + Abonner une adresse
            </Button>
          </li>
          <li>
            <Button priority="tertiary" linkProps={{ href: `${base}/webhooks/livraisons` }}>
              Historique des envois
            </Button>
          </li>
        </ul>
      </section>
    </>
  );
}
