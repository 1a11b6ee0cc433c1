"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { COUNTRIES } from "@/lib/countries.ts";
import { IDENTIFIER_TYPE_LABELS } from "../rules/labels.ts";
import { checkStructureIdentificationAction } from "../actions.ts";
import {
  effectiveIdentifier,
  structureIdentificationSchema,
  TYPES_WITHOUT_SIRET,
  type StructureCreationInput,
  type StructureIdentificationInput,
} from "../schemas/structure-creation.ts";
import { StructureCreationDetails } from "./structure-creation-details.tsx";
import { IdentifierMessage, SEARCH_PATH, showServerErrors } from "./structure-creation-messages.tsx";

/** "Création d'une nouvelle structure": the identification, then ("Continuer") the full form. */
export function StructureCreationForm() {
  const [identification, setIdentification] = useState<StructureIdentificationInput | null>(null);
  if (identification) {
    const defaults: StructureCreationInput = {
      identifierType: identification.identifierType,
      identifier: effectiveIdentifier(identification),
      raisonSociale: identification.raisonSociale,
      status: "ACTIF",
      libelle: "",
      email: "",
      recevoirCyclesVieEdi: false,
      emetteurEdi: false,
      centreGestionAgricole: false,
      raccordementActif: false,
      kind: "PRIVEE",
      adresse: "",
      complementAdresse1: "",
      complementAdresse2: "",
      codePostal: "",
      ville: "",
      pays: identification.pays || "France",
      telephone: "",
      fax: "",
    };
    return <StructureCreationDetails defaults={defaults} onCancel={() => setIdentification(null)} />;
  }
  return <StructureIdentification onContinue={setIdentification} />;
}

function StructureIdentification({ onContinue }: { onContinue: (identification: StructureIdentificationInput) => void }) {
  const [hasSiret, setHasSiret] = useState(true);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<StructureIdentificationInput>({
    resolver: zodResolver(structureIdentificationSchema),
    defaultValues: { identifierType: "SIRET", identifier: "", raisonSociale: "", pays: "France" },
  });
  const { register, formState, watch, setValue, handleSubmit } = form;
  const values = watch();
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (input) => {
    setAlert(null);
    const state = await checkStructureIdentificationAction(input);
    if (state.ok) onContinue(input);
    else setAlert(showServerErrors(form, state));
  });

  const chooseSiret = (withSiret: boolean) => {
    setHasSiret(withSiret);
    setValue("identifierType", withSiret ? "SIRET" : ("" as StructureIdentificationInput["identifierType"]));
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      {alert && <Alert className="fr-mb-3w" severity="error" small description={alert} />}
      <RadioButtons
        legend="Identification de la structure"
        name="aUnSiret"
        options={[
          { label: "La structure a un SIRET", nativeInputProps: { checked: hasSiret, onChange: () => chooseSiret(true) } },
          { label: "La structure n'a pas de SIRET", nativeInputProps: { checked: !hasSiret, onChange: () => chooseSiret(false) } },
        ]}
      />
      {!hasSiret && (
        <Select
          label="Sélectionner une option"
          state={errors.identifierType ? "error" : "default"}
          stateRelatedMessage={errors.identifierType?.message}
          nativeSelectProps={register("identifierType")}
        >
          <option value="">Sélectionner une option</option>
          {TYPES_WITHOUT_SIRET.map((type) => (
            <option key={type} value={type}>
              {IDENTIFIER_TYPE_LABELS[type]}
            </option>
          ))}
        </Select>
      )}
      {values.identifierType === "EN_COURS_IMMATRICULATION" ? (
        <>
          <Input
            label="Raison sociale"
            state={errors.raisonSociale ? "error" : "default"}
            stateRelatedMessage={errors.raisonSociale?.message}
            nativeInputProps={register("raisonSociale")}
          />
          <Select label="Pays" nativeSelectProps={register("pays")}>
            {COUNTRIES.map((country) => (
              <option key={country.code} value={country.name}>
                {country.name}
              </option>
            ))}
          </Select>
          <Input
            label="Identifiant"
            hintText="Construit par le portail à partir du pays et de la raison sociale."
            state={errors.identifier ? "error" : "default"}
            stateRelatedMessage={<IdentifierMessage message={errors.identifier?.message} identifier={effectiveIdentifier(values)} />}
            nativeInputProps={{ readOnly: true, value: effectiveIdentifier(values) }}
          />
        </>
      ) : (
        values.identifierType && (
          <Input
            label="Identifiant"
            state={errors.identifier ? "error" : "default"}
            stateRelatedMessage={<IdentifierMessage message={errors.identifier?.message} identifier={effectiveIdentifier(values)} />}
            nativeInputProps={{ ...register("identifier"), autoComplete: "off" }}
          />
        )
      )}
      <ButtonsGroup
        inlineLayoutWhen="always"
        buttons={[
          { children: "Annuler", priority: "secondary", linkProps: { href: SEARCH_PATH } },
          { children: "Continuer", type: "submit", disabled: formState.isSubmitting },
        ]}
      />
    </form>
  );
}
