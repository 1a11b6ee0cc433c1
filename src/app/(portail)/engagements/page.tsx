import { listStructureEngagements, ENGAGEMENTS_PAGE_SIZE } from "@/features/engagements/index.ts";
import { CreateEngagementForm, EngagementRequirementForm, EngagementsTable, ImportEngagementsForm } from "@/features/engagements/ui.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";
import { isUuid } from "@/lib/uuid.ts";

export const metadata = { title: "Engagements" };

/**
 * Engagements: the chosen structure's engagements juridiques (the first of the user's by default), its requirement
 * that invoices quote an open one, and for who may change them « Créer un engagement » and « Importer des engagements ».
 */
export default async function EngagementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { structure: asked, statut } = await searchParams;
  const structureId = typeof asked === "string" && isUuid(asked) ? asked : undefined;
  const status = statut === "OUVERT" || statut === "CLOTURE" ? statut : undefined;
  const list = await findOr404([], () => listStructureEngagements({ userId: user.id, structureId, status }));
  const structure = list.structure;
  return (
    <>
      <h1>Engagements</h1>
      {!structure ? (
        <p>Aucune de vos structures publiques n&apos;ouvre l&apos;espace Engagements.</p>
      ) : (
        <>
          {list.structures.length > 1 ? (
            <form method="get" className="fr-mb-3w" aria-label="Structure">
              <div className="fr-select-group">
                <label className="fr-label" htmlFor="structure">
                  Structure
                </label>
                <select className="fr-select" id="structure" name="structure" defaultValue={structure.id}>
                  {list.structures.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.raisonSociale} ({candidate.identifier})
                    </option>
                  ))}
                </select>
              </div>
              <button className="fr-btn fr-btn--secondary" type="submit">
                Afficher
              </button>
            </form>
          ) : (
            <p>
              {structure.raisonSociale} ({structure.identifier})
            </p>
          )}
          <EngagementRequirementForm key={structure.id} structureId={structure.id} required={structure.engagementExistantObligatoire} mayModify={list.mayModify} />
          <EngagementsTable
            rows={list.engagements}
            viewpoint="STRUCTURE"
            mayModify={list.mayModify}
            caption={`Engagements de ${structure.raisonSociale} (${list.total}${list.total > ENGAGEMENTS_PAGE_SIZE ? `, les ${ENGAGEMENTS_PAGE_SIZE} plus récents affichés` : ""})`}
          />
          {list.mayModify ? (
            <div className="fr-grid-row fr-grid-row--gutters fr-mt-4w">
              <section className="fr-col-12 fr-col-md-6" aria-labelledby="creer-engagement">
                <h2 id="creer-engagement">Créer un engagement</h2>
                <CreateEngagementForm key={structure.id} structureId={structure.id} services={structure.services} formatLabel={list.formatLabel} />
              </section>
              <section className="fr-col-12 fr-col-md-6" aria-labelledby="importer-engagements">
                <h2 id="importer-engagements">Importer des engagements</h2>
                <ImportEngagementsForm key={structure.id} structureId={structure.id} />
              </section>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
