import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";

/** "Filtre Structure" of a tracking page (a plain GET form to `action`), shown when the user has several structures. */
export function StructureSelectForm({ action, structures, selected }: { action: string; structures: { id: string; raisonSociale: string }[]; selected?: string }) {
  if (structures.length < 2) return null;
  return (
    <form method="get" action={action} className="fr-grid-row fr-grid-row--bottom fr-grid-row--gutters fr-mb-2w">
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
        <Button type="submit">Appliquer</Button>
      </div>
    </form>
  );
}
