import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { WORKS_STATUS_LABELS, WORKS_STATUSES } from "../rules/works-labels.ts";

type Props = { action: string; status?: string; marketNumber?: string; hidden?: Record<string, string> };

/** The search of a works list (a GET form: the criteria stay in the address): marché and status. */
export function WorksListFiltersForm({ action, status, marketNumber, hidden = {} }: Props) {
  return (
    <form method="get" action={action} role="search" aria-label="Rechercher des documents de travaux" className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="fr-col-12 fr-col-md-4">
        <Input label="Numéro de marché" nativeInputProps={{ name: "marche", defaultValue: marketNumber ?? "", autoComplete: "off" }} />
      </div>
      <div className="fr-col-12 fr-col-md-4">
        <Select label="Statut" nativeSelectProps={{ name: "statut", defaultValue: status ?? "" }}>
          <option value="">Tous les statuts</option>
          {WORKS_STATUSES.map((value) => (
            <option key={value} value={value}>
              {WORKS_STATUS_LABELS[value]}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-4 fr-mb-3w">
        <Button type="submit" iconId="fr-icon-search-line">
          Rechercher
        </Button>
      </div>
    </form>
  );
}
