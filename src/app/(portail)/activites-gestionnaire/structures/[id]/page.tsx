import { Table } from "@codegouvfr/react-dsfr/Table";
import { friendlyFormatIBAN } from "ibantools";
import Link from "next/link";
import { ActivationButton } from "@/features/structures/components/activation-button.tsx";
import { EspacesTable } from "@/features/structures/components/espaces-table.tsx";
import { StructurePageGeneral } from "@/features/structures/components/structure-page-general.tsx";
import { StructureUsersTable } from "@/features/rattachements/components/structure-users-table.tsx";
import { RATTACHEMENT_STATUS_LABELS, ROLE_LABELS } from "@/features/structures/rules/labels.ts";
import { removeEspacesAction, setBankAccountActiveAction, setServiceActiveAction } from "@/features/structures/actions.ts";
import { usersSelectionAction } from "@/features/rattachements/actions.ts";
import { formatDate, loadManagedStructure } from "./load-managed-structure.ts";
import { MissingMandateWarning } from "@/features/mandates/components/missing-mandate-warning.tsx";
import { getMandateWarning } from "@/features/mandates/use-cases/get-mandate-warning.ts";

export const metadata = { title: "Structure" };

export default async function StructurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, structure } = await loadManagedStructure(id);
  const warning = await getMandateWarning({ userId: user.id, structureId: id });
  const base = `/activites-gestionnaire/structures/${id}`;
  const yesNo = (value: boolean) => (value ? "Oui" : "Non");

  return (
    <>
      <h1>{structure.raisonSociale}</h1>
      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/activites-gestionnaire/structures">
          Mes structures
        </Link>
      </p>

      <section aria-labelledby="titre-informations" className="fr-mt-4w">
        <h2 id="titre-informations">Informations générales</h2>
        <StructurePageGeneral structure={structure} />
        <Link className="fr-btn fr-btn--secondary" href={`${base}/modifier`}>
          Modifier la structure
        </Link>
      </section>

      <section aria-labelledby="titre-espaces" className="fr-mt-6w">
        <h2 id="titre-espaces">Espaces</h2>
        <EspacesTable rows={structure.espaces} addHref={`${base}/espaces/ajouter`} removeAction={removeEspacesAction.bind(null, id)} />
      </section>

      <section aria-labelledby="titre-services" className="fr-mt-6w">
        <h2 id="titre-services">Services</h2>
        <Table
          noCaption
          headers={["Code", "Libellé", "Statut", "Engagement obligatoire", "Actions"]}
          data={structure.services.map((service) => [
            service.code,
            service.libelle,
            service.actif ? "Actif" : "Inactif",
            yesNo(service.engagementObligatoire),
            <div key="actions">
              <Link className="fr-link" href={`${base}/services/${service.id}/modifier`} aria-label={`Modifier le service ${service.code}`}>
                Modifier
              </Link>
              <ActivationButton idField="serviceId" id={service.id} actif={service.actif} subject={`le service ${service.code}`} action={setServiceActiveAction.bind(null, id)} />
            </div>,
          ])}
        />
        <Link className="fr-btn fr-btn--secondary" href={`${base}/services/nouveau`}>
          + Créer un service
        </Link>
      </section>

      <section aria-labelledby="titre-utilisateurs" className="fr-mt-6w">
        <h2 id="titre-utilisateurs">Utilisateurs rattachés à la structure</h2>
        <StructureUsersTable
          attachHref={`${base}/utilisateurs/rattacher`}
          action={usersSelectionAction.bind(null, id)}
          rows={structure.rattachements.map((r) => ({
            id: r.id,
            nom: r.user.nom,
            prenom: r.user.prenom,
            contact: r.user.contactEmail ?? r.user.loginEmail,
            role: ROLE_LABELS[r.role],
            status: RATTACHEMENT_STATUS_LABELS[r.status],
            reactivatedAt: formatDate(r.reactivatedAt),
            lastLoginAt: formatDate(r.user.lastLoginAt),
            editHref: `${base}/utilisateurs/${r.id}/modifier`,
          }))}
        />
      </section>

      <section aria-labelledby="titre-banque" className="fr-mt-6w">
        <h2 id="titre-banque">Coordonnées bancaires</h2>
        <p>Les factures de la structure sont payées sur l&apos;un de ses comptes actifs, choisi sur chaque facture (« Références bancaires »).</p>
        {structure.bankAccounts.length > 0 ? (
          <Table
            noCaption
            headers={["IBAN", "BIC", "Titulaire du compte", "Affactureur", "Statut", "Actions"]}
            data={structure.bankAccounts.map((account) => [
              friendlyFormatIBAN(account.iban),
              account.bic ?? "",
              account.titulaire,
              yesNo(account.affactureur),
              account.actif ? "Actif" : "Inactif",
              <div key="actions">
                <Link className="fr-link" href={`${base}/banque/${account.id}/modifier`} aria-label={`Modifier le compte ${friendlyFormatIBAN(account.iban)}`}>
                  Modifier
                </Link>
                <ActivationButton idField="bankAccountId" id={account.id} actif={account.actif} subject={`le compte ${friendlyFormatIBAN(account.iban)}`} action={setBankAccountActiveAction.bind(null, id)} />
              </div>,
            ])}
          />
        ) : (
          <p>Aucune coordonnée bancaire : une facture payée par virement ne peut pas être envoyée.</p>
        )}
        <Link className="fr-btn fr-btn--secondary" href={`${base}/banque/nouveau`}>
          + Ajouter des coordonnées bancaires
        </Link>
      </section>

      <section aria-labelledby="titre-mandats" className="fr-mt-6w">
        <h2 id="titre-mandats">Mandats de facturation</h2>
        <MissingMandateWarning structureId={id} warning={warning} />
        <Link className="fr-link" href={`${base}/mandats`}>
          Mandats de facturation
        </Link>
      </section>

      <section aria-labelledby="titre-raccordements" className="fr-mt-6w">
        <h2 id="titre-raccordements">Raccordements EDI et API</h2>
        <p>Les comptes techniques, les applications qui appellent l&apos;API en leur nom et les abonnements aux événements (webhooks) de la structure.</p>
        <Link className="fr-link" href={`${base}/raccordements`}>
          Raccordements EDI et API
        </Link>
      </section>
    </>
  );
}
