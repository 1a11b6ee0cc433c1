import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { ComponentProps } from "react";

type Structure = { id: string; raisonSociale: string };

type StructureSelectProps = {
  label: string;
  /** The first option, for every structure: "Tous", "Toutes". */
  allLabel: string;
  structures: Structure[];
  selected?: string;
} & Pick<ComponentProps<typeof Select>, "state" | "stateRelatedMessage">;

/** A select of the user's structures named "structure" (a GET parameter), the first option for all of them. */
export function StructureSelect({ label, allLabel, structures, selected, ...errorProps }: StructureSelectProps) {
  return (
    <Select label={label} {...errorProps} nativeSelectProps={{ name: "structure", defaultValue: selected ?? "" }}>
      <option value="">{allLabel}</option>
      {structures.map((structure) => (
        <option key={structure.id} value={structure.id}>
          {structure.raisonSociale}
        </option>
      ))}
    </Select>
  );
}

type StructureFilterProps = {
  /** The page the form reloads with the structure chosen. */
  action: string;
  structures: Structure[];
  selected?: string;
  /** « Recharger »: the page again with the same structure (Synthèse's figures change as invoices move). */
  withReload?: boolean;
};

/** "Filtre Structure": a plain GET form (works without JavaScript), "Tous" or one of the user's supplier structures. */
export function StructureFilter({ action, structures, selected, withReload = false }: StructureFilterProps) {
  return (
    <form method="get" action={action} className="fr-grid-row fr-grid-row--bottom fr-grid-row--gutters fr-mb-2w">
      <div className="fr-col-12 fr-col-md-6">
        <StructureSelect label="Filtre Structure" allLabel="Tous" structures={structures} selected={selected} />
      </div>
      <div className="fr-col-12 fr-col-md-6 fr-mb-3w">
        {withReload ? (
          <>
            <Button type="submit" className="fr-mr-2w">
              Appliquer
            </Button>
            <Button priority="secondary" linkProps={{ href: selected ? `${action}?structure=${selected}` : action }}>
              Recharger
            </Button>
          </>
        ) : (
          <Button type="submit">Appliquer</Button>
        )}
      </div>
    </form>
  );
}
