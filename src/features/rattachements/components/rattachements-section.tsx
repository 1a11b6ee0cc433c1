import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { ESPACE_LABELS, isGestionnaire, RATTACHEMENT_STATUS_LABELS, ROLE_LABELS } from "@/features/structures/ui.ts";
import type { listUserClaims } from "../use-cases/list-user-claims.ts";
import type { listUserRattachements } from "../use-cases/list-user-rattachements.ts";
import { InvitationAnswerForms, type InvitationRow } from "./invitation-answer-forms.tsx";
import { RattachementListForm, type RattachementRow } from "./rattachement-list-form.tsx";

const CLAIM_STATUS_TEXT = { EN_ATTENTE: "En attente de l'administration", ACCEPTEE: "Approuvée", REFUSEE: "Refusée" } as const;
const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: "Europe/Paris" });

type Props = { rattachements: Awaited<ReturnType<typeof listUserRattachements>>; claims: Awaited<ReturnType<typeof listUserClaims>> };

/** Mon compte > Mes rattachements aux structures: invitations to answer, rattachements, claims to the administration (the page reads them). */
export function RattachementsSection({ rattachements, claims }: Props) {
  const services = (r: (typeof rattachements)[number]) => (r.services.length ? r.services.map((s) => `${s.service.code} - ${s.service.libelle}`).join(", ") : "Tous les services");
  const invitations: InvitationRow[] = rattachements
    .filter((r) => r.status === "INVITE")
    .map((r) => ({
      id: r.id,
      identifier: r.structure.identifier,
      designation: r.structure.raisonSociale,
      role: ROLE_LABELS[r.role],
      services: services(r),
      espaces: isGestionnaire(r.role) ? "Tous les espaces de la structure" : r.espaces.map((e) => ESPACE_LABELS[e.espace]).join(", ") || "Aucun",
    }));
  const rows: RattachementRow[] = rattachements
    .filter((r) => r.status !== "INVITE")
    .map((r) => ({
      id: r.id,
      identifier: r.structure.identifier,
      designation: r.structure.raisonSociale,
      role: ROLE_LABELS[r.role],
      services: services(r),
      status: r.status === "REFUSE" && r.motifRefus ? `${RATTACHEMENT_STATUS_LABELS.REFUSE} (motif : ${r.motifRefus})` : RATTACHEMENT_STATUS_LABELS[r.status],
      manageHref: r.status === "ACTIF" && isGestionnaire(r.role) ? `/activites-gestionnaire/structures/${r.structure.id}` : null,
    }));
  return (
    <section aria-labelledby="titre-rattachements" className="fr-mt-4w">
      <h2 id="titre-rattachements" className="fr-h4">
        Mes rattachements aux structures
      </h2>
      <InvitationAnswerForms rows={invitations} />
      <RattachementListForm rows={rows} />
      <Button className="fr-mt-2w" iconId="fr-icon-add-line" iconPosition="left" linkProps={{ href: "/mon-compte/rattachements/demander" }}>
        Demander un rattachement
      </Button>
      {claims.length > 0 && (
        <Table
          className="fr-mt-4w"
          caption="Mes demandes à l'administration de la plateforme (structures sans gestionnaire)"
          headers={["Identifiant Structure", "Désignation", "Date de la demande", "Statut"]}
          data={claims.map((claim) => [
            claim.structure.identifier,
            claim.structure.raisonSociale,
            dateFormat.format(claim.createdAt),
            claim.status === "REFUSEE" && claim.motif ? `${CLAIM_STATUS_TEXT.REFUSEE} (motif : ${claim.motif})` : CLAIM_STATUS_TEXT[claim.status],
          ])}
        />
      )}
    </section>
  );
}
