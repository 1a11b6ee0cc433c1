import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";

/** "Filtre Structure": a plain GET form (works without JavaScript), "Tous" or one of the user's supplier structures. */
export function StructureFilter({ structures, selected }: { structures: { id: string; raisonSociale: string }[]; selected?: string }) {
  return (
    <form method="get" action="/factures-emises" className="fr-grid-row fr-grid-row--bottom fr-grid-row--gutters fr-mb-2w">
      <div className="fr-col-12 fr-col-md-6">
        <Select label="Filtre Structure" nativeSelectProps={{ name: "structure", defaultValue: selected ?? "" }}>
          <option value="">Tous</option>
          {structures.map((structure) => (
            <option key={structure.id} value={structure.id}>
              {structure.raisonSociale}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-6 fr-mb-3w">
        <Button type="submit" className="fr-mr-2w">
          Appliquer
        </Button>
        <Button priority="secondary" linkProps={{ href: selected ? `/factures-emises?structure=${selected}` : "/factures-emises" }}>
          Recharger
        </Button>
      </div>
    </form>
  );
}
