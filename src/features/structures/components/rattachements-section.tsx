import { Button } from "@codegouvfr/react-dsfr/Button";
import { isGestionnaire } from "../espaces.ts";
import { RATTACHEMENT_STATUS_LABELS, ROLE_LABELS } from "../labels.ts";
import { listUserRattachements } from "../use-cases/list-user-rattachements.ts";
import { RattachementListForm, type RattachementRow } from "./rattachement-list-form.tsx";

/** Mon compte > Mes rattachements aux structures. */
export async function RattachementsSection({ userId }: { userId: string }) {
  const rattachements = await listUserRattachements(userId);
  const rows: RattachementRow[] = rattachements.map((r) => ({
    id: r.id,
    identifier: r.structure.identifier,
    designation: r.structure.raisonSociale,
    role: ROLE_LABELS[r.role],
    services: r.services.length ? r.services.map((s) => `${s.service.code} - ${s.service.libelle}`).join(", ") : "Tous les services",
    status: r.status === "REFUSE" && r.motifRefus ? `${RATTACHEMENT_STATUS_LABELS.REFUSE} (motif : ${r.motifRefus})` : RATTACHEMENT_STATUS_LABELS[r.status],
    manageHref: r.status === "ACTIF" && isGestionnaire(r.role) ? `/activites-gestionnaire/structures/${r.structure.id}` : null,
  }));
  return (
    <section aria-labelledby="titre-rattachements" className="fr-mt-4w">
      <h2 id="titre-rattachements" className="fr-h4">
        Mes rattachements aux structures
      </h2>
      <RattachementListForm rows={rows} />
      <Button className="fr-mt-2w" iconId="fr-icon-add-line" iconPosition="left" linkProps={{ href: "/mon-compte/rattachements/demander" }}>
        Demander un rattachement
      </Button>
    </section>
  );
}
