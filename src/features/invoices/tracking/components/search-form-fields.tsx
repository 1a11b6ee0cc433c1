"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { ReactNode } from "react";
import { ChoiceSelect, type ChoiceOptions } from "@/components/choice-select.tsx";

const VALIDATION_OPTIONS: ChoiceOptions = [
  ["manuelle", "Par le titulaire ou le mandataire"],
  ["automatique", "Automatique hors délai"],
];

type Props = {
  /** The values as typed (GET parameters), shown back as they were. */
  values: Record<string, string>;
  errors: Record<string, string | undefined>;
  statuses: ChoiceOptions;
  cadres: ChoiceOptions;
  rejections: ChoiceOptions;
  /** « Structure », for a user with several structures (rendered by the server). */
  structureSelect?: ReactNode;
};

/**
 * The markup of "Critères de recherche" (search-form.tsx). A client component: the page carries its props for
 * hydration, not the form's tree (decision 0025, fourth pass); the HTML is the server's, a plain GET form.
 */
export function SearchFormFields({ values, errors, statuses, cadres, rejections, structureSelect }: Props) {
  const field = (name: string) => ({
    state: errors[name] ? ("error" as const) : ("default" as const),
    stateRelatedMessage: errors[name],
  });
  const input = (name: string, extra: Record<string, string> = {}) => ({ ...field(name), nativeInputProps: { name, defaultValue: values[name] ?? "", ...extra } });
  return (
    <form method="get" action="/factures-emises/rechercher" role="search" aria-labelledby="titre-criteres" className="fr-mb-4w" noValidate>
      <h2 id="titre-criteres" className="fr-h4">
        Critères de recherche
      </h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Numéro de facture" hintText="Le début du numéro suffit." {...input("numero", { autoComplete: "off" })} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="Date de dépôt du" {...input("depotDu", { type: "date" })} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="au" {...input("depotAu", { type: "date" })} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Destinataire" hintText="Raison sociale ou identifiant (SIRET)." {...input("destinataire", { autoComplete: "off" })} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="Montant TTC minimum" {...input("montantMin", { inputMode: "decimal", autoComplete: "off" })} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="Montant TTC maximum" {...input("montantMax", { inputMode: "decimal", autoComplete: "off" })} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <ChoiceSelect label="Etat courant" name="statut" value={values.statut} options={statuses} error={errors.statut} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <ChoiceSelect label="Cadre de facturation" name="cadre" value={values.cadre} options={cadres} error={errors.cadre} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <ChoiceSelect label="Validation (A9, A12)" name="validation" value={values.validation} options={VALIDATION_OPTIONS} error={errors.validation} allLabel="Toutes" />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <ChoiceSelect label="Rejet (état Rejetée)" name="rejet" value={values.rejet} options={rejections} error={errors.rejet} />
        </div>
        {structureSelect && <div className="fr-col-12 fr-col-md-4">{structureSelect}</div>}
      </div>
      {values.tri && <input type="hidden" name="tri" value={values.tri} />}
      {values.ordre && <input type="hidden" name="ordre" value={values.ordre} />}
      <div className="fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--icon-left fr-mt-2w">
        <Button priority="secondary" linkProps={{ href: "/factures-emises/rechercher" }}>
          Effacer les critères
        </Button>
        <Button type="submit" iconId="fr-icon-search-line" iconPosition="left">
          Rechercher
        </Button>
      </div>
    </form>
  );
}
