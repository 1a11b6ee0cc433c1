import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { PERIOD_KIND_LABELS, PERIOD_KINDS } from "../schemas.ts";

type Props = {
  /** The values as typed (GET parameters), shown back as they were. */
  values: Record<string, string>;
  errors: Record<string, string | undefined>;
  structures: { id: string; raisonSociale: string }[];
};

const MONTHS = ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre"];
const QUARTERS = ["1er trimestre (janvier à mars)", "2e trimestre (avril à juin)", "3e trimestre (juillet à septembre)", "4e trimestre (octobre à décembre)"];

/** The structure and the period of the « Liste fiscale »: a plain GET form (works without JavaScript; the URL is the list). */
export function FiscalPeriodForm({ values, errors, structures }: Props) {
  const field = (name: string) => ({ state: errors[name] ? ("error" as const) : ("default" as const), stateRelatedMessage: errors[name] });
  const kind = values.periode || "mois";
  return (
    <form method="get" action="/factures-emises/liste-fiscale" aria-labelledby="titre-periode" className="fr-mb-4w" noValidate>
      <h2 id="titre-periode" className="fr-h4">
        Période
      </h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Structure" {...field("structure")} nativeSelectProps={{ name: "structure", defaultValue: values.structure ?? structures[0]?.id ?? "", required: true }}>
            {structures.map((structure) => (
              <option key={structure.id} value={structure.id}>
                {structure.raisonSociale}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12">
          <RadioButtons
            legend="Type de période"
            orientation="horizontal"
            {...field("periode")}
            options={PERIOD_KINDS.map((value) => ({ label: PERIOD_KIND_LABELS[value], nativeInputProps: { name: "periode", value, defaultChecked: kind === value } }))}
          />
        </div>
        <div className="fr-col-6 fr-col-md-2">
          <Input label="Année" hintText="Mois, trimestre ou année." {...field("annee")} nativeInputProps={{ name: "annee", defaultValue: values.annee ?? "", inputMode: "numeric", autoComplete: "off", maxLength: 4 }} />
        </div>
        <div className="fr-col-6 fr-col-md-3">
          <Select label="Mois" {...field("mois")} nativeSelectProps={{ name: "mois", defaultValue: values.mois ?? "" }}>
            <option value="">—</option>
            {MONTHS.map((label, index) => (
              <option key={label} value={String(index + 1)}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Select label="Trimestre" {...field("trimestre")} nativeSelectProps={{ name: "trimestre", defaultValue: values.trimestre ?? "" }}>
            <option value="">—</option>
            {QUARTERS.map((label, index) => (
              <option key={label} value={String(index + 1)}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-6 fr-col-md-2">
          <Input label="Du" {...field("du")} nativeInputProps={{ name: "du", type: "date", defaultValue: values.du ?? "" }} />
        </div>
        <div className="fr-col-6 fr-col-md-2">
          <Input label="Au" {...field("au")} nativeInputProps={{ name: "au", type: "date", defaultValue: values.au ?? "" }} />
        </div>
      </div>
      <div className="fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--icon-left fr-mt-2w">
        <Button type="submit" iconId="fr-icon-search-line" iconPosition="left">
          Afficher la liste fiscale
        </Button>
      </div>
    </form>
  );
}
