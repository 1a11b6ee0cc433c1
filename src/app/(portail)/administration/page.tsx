import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { CLAIM_STATUS_LABELS, claimFilterSchema, CLAIMS_PAGE_SIZE, listClaims } from "@/features/administration/index.ts";
import { STRUCTURE_KIND_LABELS } from "@/features/structures/rules/labels.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Demandes de désignation - Administration" };

const STATUS_OPTIONS = [["EN_ATTENTE", "En attente"], ["ACCEPTEE", "Approuvées"], ["REFUSEE", "Refusées"], ["TOUS", "Toutes"]] as const;
const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });

/** Administration > Demandes de désignation du gestionnaire principal: the claims, filtered by status. */
export default async function AdministrationPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const filter = claimFilterSchema.parse(await searchParams);
  const { total, claims } = await findOr404([], () => listClaims({ userId: user.id, filter }));
  const pageCount = Math.ceil(total / CLAIMS_PAGE_SIZE);
  return (
    <>
      <h1>Demandes de désignation du gestionnaire principal</h1>
      <p>
        Un utilisateur qui demande son rattachement à une structure sans gestionnaire actif (une structure publique de l&apos;annuaire, ou une
        entreprise dont le dernier gestionnaire est parti) adresse sa demande à l&apos;administration de la plateforme, avec une justification et un
        justificatif. Approuver la demande le désigne gestionnaire principal de la structure.
      </p>
      <form method="get" className="fr-mb-3w" aria-label="Filtrer les demandes">
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="filtre-statut">
            Statut
          </label>
          <select className="fr-select" id="filtre-statut" name="statut" defaultValue={filter.statut}>
            {STATUS_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="fr-btn fr-btn--secondary">
          Filtrer
        </button>
      </form>
      {claims.length === 0 ? (
        <p>Aucune demande ne correspond à ce filtre.</p>
      ) : (
        <Table
          caption={`${total} demande${total > 1 ? "s" : ""}`}
          headers={["Date de la demande", "Structure", "Type", "Demandeur", "Statut", "Actions"]}
          data={claims.map((claim) => [
            dateFormat.format(claim.createdAt),
            `${claim.structure.raisonSociale} (${claim.structure.identifier})`,
            STRUCTURE_KIND_LABELS[claim.structure.kind],
            `${claim.user.prenom} ${claim.user.nom} (${claim.user.loginEmail})`,
            CLAIM_STATUS_LABELS[claim.status],
            <Link key="actions" className="fr-link" href={`/administration/demandes/${claim.id}`}>
              Examiner la demande<span className="fr-sr-only"> de {claim.user.prenom} {claim.user.nom} pour {claim.structure.raisonSociale}</span>
            </Link>,
          ])}
        />
      )}
      {pageCount > 1 && (
        <Pagination count={pageCount} defaultPage={filter.page} getPageLinkProps={(n) => ({ href: `/administration?statut=${filter.statut}&page=${n}` })} />
      )}
    </>
  );
}
