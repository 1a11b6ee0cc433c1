"use client";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { UseFormRegisterReturn } from "react-hook-form";
import { COUNTRY_NAMES } from "@/lib/countries.ts";
import type { ProfileInput } from "../schemas.ts";

type ErrorProps = { state: "error" | "default"; stateRelatedMessage?: string };

/**
 * The fields of "Saisie nouvel utilisateur" after the login address (contact address, names, "Adresse
 * postale", phones): shared by account creation and "Modifier mes informations".
 */
export function AccountDetailsFields({
  field,
  errorProps,
}: {
  field: (name: keyof ProfileInput) => UseFormRegisterReturn;
  errorProps: (name: keyof ProfileInput) => ErrorProps;
}) {
  const text = (name: keyof ProfileInput, label: string, autoComplete: string, hintText?: string) => (
    <Input label={label} hintText={hintText} {...errorProps(name)} nativeInputProps={{ autoComplete, ...field(name) }} />
  );
  return (
    <>
      <Input
        label="Adresse électronique de contact"
        hintText="Votre adresse de contact sera utilisée pour vous contacter. Si elle n'est pas renseignée votre adresse de connexion sera utilisée pour vous contacter"
        {...errorProps("contactEmail")}
        nativeInputProps={{ type: "email", autoComplete: "email", ...field("contactEmail") }}
      />
      {text("nom", "Nom *", "family-name")}
      {text("prenom", "Prénom *", "given-name")}
      <fieldset className="fr-fieldset fr-mt-3w">
        <legend className="fr-fieldset__legend fr-h5">Adresse postale</legend>
        <div className="fr-fieldset__element">
          {text("adresse", "Adresse *", "address-line1")}
          {text("complementAdresse1", "Complément adresse 1", "address-line2")}
          {text("complementAdresse2", "Complément adresse 2", "address-line3")}
          {text("codePostal", "Code postal *", "postal-code")}
          {text("ville", "Ville *", "address-level2")}
          <Select label="Pays *" {...errorProps("pays")} nativeSelectProps={{ autoComplete: "country-name", ...field("pays") }}>
            {COUNTRY_NAMES.map((country) => (
              <option key={country} value={country}>
                {country}
              </option>
            ))}
          </Select>
          <Input label="Téléphone" {...errorProps("telephone")} nativeInputProps={{ type: "tel", autoComplete: "tel", ...field("telephone") }} />
          <Input label="Fax" {...errorProps("fax")} nativeInputProps={{ type: "tel", autoComplete: "off", ...field("fax") }} />
        </div>
      </fieldset>
    </>
  );
}
