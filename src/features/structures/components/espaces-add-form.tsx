"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { Espace } from "@/generated/prisma/enums.ts";
import { ESPACE_LABELS } from "../rules/espaces.ts";
import { ALL_SERVICES } from "../schemas/management.ts";
import { type FormAction, useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";

const right = (kind: "consultation" | "modification", espace: Espace, label: string) => (
  <div className="fr-checkbox-group fr-checkbox-group--sm">
    <input type="checkbox" id={`${kind}-${espace}`} name={kind} value={espace} />
    <label className="fr-label" htmlFor={`${kind}-${espace}`}>
      <span className="fr-sr-only">
        {label} : {ESPACE_LABELS[espace]}
      </span>
    </label>
  </div>
);

/** "Ajouter des espaces ouverts à la structure ou au service de la structure". */
export function EspacesAddForm({ services, action }: { services: { id: string; code: string; libelle: string }[]; action: FormAction }) {
  const { state, pending, onSubmit, errorOf } = useActionForm(action);
  const espacesError = errorOf("espaces").stateRelatedMessage;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <p>Pour rajouter des espaces à la structure, sélectionnez tous les services.</p>
      <Checkbox
        legend="Services"
        {...errorOf("services")}
        options={[
          { label: "Tous les services", nativeInputProps: { name: "services", value: ALL_SERVICES } },
          ...services.map((service) => ({ label: `${service.code} - ${service.libelle}`, nativeInputProps: { name: "services", value: service.id } })),
        ]}
      />
      <h2 className="fr-h5">Liste des espaces demandés pour les services sélectionnés</h2>
      <Table
        noCaption
        headers={["Espace", "Consultation", "Modification"]}
        data={(Object.keys(ESPACE_LABELS) as Espace[]).map((espace) => [
          ESPACE_LABELS[espace],
          right("consultation", espace, "Consultation"),
          right("modification", espace, "Modification"),
        ])}
      />
      {espacesError && <p className="fr-error-text fr-mb-2w">{espacesError}</p>}
      <Button type="submit" disabled={pending}>
        Valider
      </Button>
    </form>
  );
}
