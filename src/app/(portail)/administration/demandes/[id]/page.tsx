import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { CLAIM_STATUS_LABELS, getClaim } from "@/features/administration/index.ts";
import { ClaimDecisionForms } from "@/features/administration/ui.ts";
import { IDENTIFIER_TYPE_LABELS, STRUCTURE_KIND_LABELS, STRUCTURE_STATUS_LABELS } from "@/features/structures/rules/labels.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Demande de désignation - Administration" };

const DECISIONS: Record<string, string> = {
  approuvee: "La demande est approuvée : le demandeur est gestionnaire principal de la structure, il en est informé.",
  refusee: "La demande est refusée : le demandeur en est informé, avec le motif.",
};
const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });
const sizeFormat = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} Ko` : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} Mo`);

export default async function DemandeDesignationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ decision?: string }> }) {
  const user = await requireUser();
  const [{ id }, { decision }] = await Promise.all([params, searchParams]);
  const claim = await findOr404([id], () => getClaim({ userId: user.id, claimId: id }));
  const { structure, user: requester } = claim;
  return (
    <>
      <h1>Demande de désignation du gestionnaire principal</h1>
      {decision && DECISIONS[decision] && <Alert className="fr-mb-3w" severity="success" small description={DECISIONS[decision]} />}
      <dl className="fr-mb-4w">
        <dt className="fr-text--bold">Statut</dt>
        <dd>
          {CLAIM_STATUS_LABELS[claim.status]}
          {claim.decidedAt && ` le ${dateFormat.format(claim.decidedAt)}`}
          {claim.decidedBy && ` par ${claim.decidedBy.prenom} ${claim.decidedBy.nom}`}
          {claim.motif && ` (motif : ${claim.motif})`}
        </dd>
        <dt className="fr-text--bold">Structure</dt>
        <dd>
          {structure.raisonSociale} — {IDENTIFIER_TYPE_LABELS[structure.identifierType]} {structure.identifier} — {STRUCTURE_KIND_LABELS[structure.kind]},{" "}
          {STRUCTURE_STATUS_LABELS[structure.status].toLowerCase()} — {structure.adresse}, {structure.codePostal} {structure.ville}
        </dd>
        <dt className="fr-text--bold">Gestionnaire actif de la structure</dt>
        <dd>{claim.structureHasGestionnaire ? "Oui : la demande ne peut plus être approuvée" : "Aucun"}</dd>
        <dt className="fr-text--bold">Demandeur</dt>
        <dd>
          {requester.prenom} {requester.nom} — {requester.loginEmail}
          {requester.contactEmail && ` (contact : ${requester.contactEmail})`}
          {requester.telephone && ` — ${requester.telephone}`} — compte créé le {dateFormat.format(requester.createdAt)}
        </dd>
        <dt className="fr-text--bold">Date de la demande</dt>
        <dd>{dateFormat.format(claim.createdAt)}</dd>
        <dt className="fr-text--bold">Justification</dt>
        <dd style={{ whiteSpace: "pre-wrap" }}>{claim.justification}</dd>
        <dt className="fr-text--bold">Justificatif</dt>
        <dd>
          {claim.documentName ? (
            <a className="fr-link fr-link--download" href={`/administration/demandes/${claim.id}/justificatif`} download>
              Télécharger le justificatif {claim.documentName}
              <span className="fr-link__detail">
                {claim.documentMimeType === "application/pdf" ? "PDF" : claim.documentMimeType === "image/png" ? "PNG" : "JPEG"} – {sizeFormat(claim.documentSize ?? 0)}
              </span>
            </a>
          ) : (
            "Aucun justificatif joint"
          )}
        </dd>
      </dl>
      {claim.status === "EN_ATTENTE" && <ClaimDecisionForms claimId={claim.id} canApprove={!claim.structureHasGestionnaire} />}
    </>
  );
}
