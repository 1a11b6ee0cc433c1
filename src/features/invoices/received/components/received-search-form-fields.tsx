"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { ChoiceSelect, type ChoiceOptions } from "@/components/choice-select.tsx";
import type { ReceivedSearchValues } from "../rules/received-search.ts";

type Props = {
  values: ReceivedSearchValues;
  fieldErrors?: Record<string, string>;
  services: { id: string; label: string }[];
  statuses: ChoiceOptions;
  deadlines: ChoiceOptions;
  sorts: ChoiceOptions;
};

/**
 * The markup of the criteria of "Factures reçues" (received-search-form.tsx). A client component: the page carries
 * its props for hydration, not the form's tree (decision 0025, fourth pass); the HTML is the server's, a GET form.
 */
export function ReceivedSearchFormFields({ values, fieldErrors = {}, services, statuses, deadlines, sorts }: Props) {
  const errorOf = (name: string) => (fieldErrors[name] ? { state: "error" as const, stateRelatedMessage: fieldErrors[name] } : {});
  const column = "fr-col-12 fr-col-md-6 fr-col-lg-3";
  const serviceOptions = services.map((service) => [service.id, service.label] as const);
  return (
    <form method="get" action="/factures-recues" className="fr-mb-3w" aria-labelledby="titre-criteres">
      <h2 id="titre-criteres" className="fr-h5">
        Critères de recherche
      </h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className={column}>
          <Input label="Numéro de facture" hintText="Début du numéro" {...errorOf("numero")} nativeInputProps={{ name: "numero", defaultValue: values.numero, maxLength: 50 }} />
        </div>
        <div className={column}>
          <Input label="Fournisseur" hintText="Raison sociale ou SIRET" {...errorOf("fournisseur")} nativeInputProps={{ name: "fournisseur", defaultValue: values.fournisseur, maxLength: 100 }} />
        </div>
        <div className={column}>
          <ChoiceSelect label="Statut" name="statut" value={values.statut} options={statuses} error={fieldErrors.statut} />
        </div>
        <div className={column}>
          <ChoiceSelect label="Service" name="service" value={values.service} options={serviceOptions} error={fieldErrors.service} />
        </div>
        <div className={column}>
          <div className="fr-checkbox-group fr-mt-4w">
            <input type="checkbox" id="critere-a-traiter" name="aTraiter" value="oui" defaultChecked={values.aTraiter === "oui"} />
            <label className="fr-label" htmlFor="critere-a-traiter">
              Uniquement les factures à traiter
            </label>
          </div>
        </div>
        <div className={column}>
          <ChoiceSelect label="Échéance de paiement" name="echeance" value={values.echeance} options={deadlines} error={fieldErrors.echeance} allLabel="Toutes" />
        </div>
        <div className={column}>
          <Input label="Date de dépôt du" {...errorOf("du")} nativeInputProps={{ name: "du", type: "date", defaultValue: values.du }} />
        </div>
        <div className={column}>
          <Input label="Date de dépôt au" {...errorOf("au")} nativeInputProps={{ name: "au", type: "date", defaultValue: values.au }} />
        </div>
        <div className={column}>
          <Input label="Montant TTC minimum" hintText="En euros, ex. 1250,50" {...errorOf("montantMin")} nativeInputProps={{ name: "montantMin", inputMode: "decimal", defaultValue: values.montantMin }} />
        </div>
        <div className={column}>
          <Input label="Montant TTC maximum" hintText="En euros, ex. 5000" {...errorOf("montantMax")} nativeInputProps={{ name: "montantMax", inputMode: "decimal", defaultValue: values.montantMax }} />
        </div>
        <div className={column}>
          <Select label="Trier par" nativeSelectProps={{ name: "tri", defaultValue: values.tri ?? "date" }}>
            {sorts.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className={column}>
          <Select label="Ordre" nativeSelectProps={{ name: "ordre", defaultValue: values.ordre ?? "" }}>
            <option value="">Par défaut</option>
            <option value="asc">Croissant</option>
            <option value="desc">Décroissant</option>
          </Select>
        </div>
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <Button type="submit" iconId="fr-icon-search-line">
            Rechercher
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: "/factures-recues" }}>
            Réinitialiser
          </Button>
        </li>
      </ul>
    </form>
  );
}
