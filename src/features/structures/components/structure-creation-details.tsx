"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { COUNTRIES } from "@/lib/countries.ts";
import { IDENTIFIER_TYPE_LABELS } from "../rules/labels.ts";
import { createStructureAction } from "../actions.ts";
import { effectiveIdentifier, structureCreationSchema, type StructureCreationInput } from "../schemas/structure-creation.ts";
import { IdentifierMessage, showServerErrors } from "./structure-creation-messages.tsx";

type TextField = "libelle" | "email" | "adresse" | "complementAdresse1" | "complementAdresse2" | "codePostal" | "ville" | "telephone" | "fax";

/** "Complétez puis enregistrez": Informations générales and Adresse postale du siège, as on the portal. */
export function StructureCreationDetails({ defaults, onCancel }: { defaults: StructureCreationInput; onCancel: () => void }) {
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<StructureCreationInput>({ resolver: zodResolver(structureCreationSchema), defaultValues: defaults });
  const { register, formState, watch, handleSubmit } = form;
  const errors = formState.errors;
  const values = watch();
  const identifier = effectiveIdentifier(values);

  const onSubmit = handleSubmit(async (input) => {
    setAlert(null);
    // On success the action redirects to the new structure; it only returns on an error.
    const state = await createStructureAction(input);
    setAlert(showServerErrors(form, state));
  });

  const text = (name: TextField, label: string, options: { type?: string; autoComplete?: string } = {}) => (
    <Input
      label={label}
      state={errors[name] ? "error" : "default"}
      stateRelatedMessage={errors[name]?.message}
      nativeInputProps={{ ...register(name), ...options }}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <p>Complétez puis enregistrez.</p>
      {alert && <Alert className="fr-mb-3w" severity="error" small description={alert} />}
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-h5">Informations générales</legend>
        <div className="fr-fieldset__content fr-col-12">
          <Input
            label="Raison sociale"
            state={errors.raisonSociale ? "error" : "default"}
            stateRelatedMessage={errors.raisonSociale?.message}
            nativeInputProps={register("raisonSociale")}
          />
          <Input label="Type identifiant" nativeInputProps={{ readOnly: true, value: IDENTIFIER_TYPE_LABELS[values.identifierType] }} />
          <Input
            label="Identifiant"
            state={errors.identifier ? "error" : "default"}
            stateRelatedMessage={<IdentifierMessage message={errors.identifier?.message} identifier={identifier} />}
            nativeInputProps={{ readOnly: true, value: identifier }}
          />
          <Select label="Statut" state={errors.status ? "error" : "default"} stateRelatedMessage={errors.status?.message} nativeSelectProps={register("status")}>
            <option value="ACTIF">Actif</option>
            <option value="INACTIF">Inactif</option>
          </Select>
          {text("libelle", "Libellé de la structure")}
          {text("email", "Adresse électronique", { type: "email", autoComplete: "email" })}
          <Checkbox
            legend="Options"
            options={[
              { label: "Recevoir les cycles de vies en EDI", nativeInputProps: register("recevoirCyclesVieEdi") },
              { label: "Est émetteur de flux EDI", nativeInputProps: register("emetteurEdi") },
              { label: "La structure est un centre de gestion agricole", nativeInputProps: register("centreGestionAgricole") },
              { label: "Demande de raccordement active", nativeInputProps: register("raccordementActif") },
            ]}
          />
          <p className="fr-mb-0">Type de structure : Structure Privée</p>
          <p className="fr-hint-text">
            Une structure publique ne se crée pas sur le portail : elle figure dans l&apos;annuaire des structures publiques. Recherchez-la et demandez votre
            rattachement.
          </p>
          {errors.kind && <p className="fr-error-text">{errors.kind.message}</p>}
        </div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-h5">Adresse postale du siège</legend>
        <div className="fr-fieldset__content fr-col-12">
          {text("adresse", "Adresse", { autoComplete: "address-line1" })}
          {text("complementAdresse1", "Complément adresse 1", { autoComplete: "address-line2" })}
          {text("complementAdresse2", "Complément adresse 2", { autoComplete: "address-line3" })}
          {text("codePostal", "Code postal", { autoComplete: "postal-code" })}
          {text("ville", "Ville", { autoComplete: "address-level2" })}
          <Select label="Pays" state={errors.pays ? "error" : "default"} stateRelatedMessage={errors.pays?.message} nativeSelectProps={register("pays")}>
            {COUNTRIES.map((country) => (
              <option key={country.code} value={country.name}>
                {country.name}
              </option>
            ))}
          </Select>
          {text("telephone", "Téléphone", { type: "tel", autoComplete: "tel" })}
          {text("fax", "Fax", { type: "tel" })}
        </div>
      </fieldset>
      <ButtonsGroup
        inlineLayoutWhen="always"
        buttons={[
          { children: "Annuler", priority: "secondary", type: "button", onClick: onCancel },
          { children: "Valider", type: "submit", disabled: formState.isSubmitting },
        ]}
      />
    </form>
  );
}
