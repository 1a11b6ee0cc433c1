"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { friendlyFormatIBAN } from "ibantools";
import { type FormAction, useStructureForm } from "./structure-page-action-form.ts";
import { StructurePageFormAlert } from "./structure-page-form-alert.tsx";

/** "Coordonnées bancaires": the IBAN is shown grouped by 4, and stored in electronic format. */
export function BankDetailsForm({ iban, bic, action }: { iban: string | null; bic: string | null; action: FormAction }) {
  const { state, pending, onSubmit, errorOf } = useStructureForm(action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Coordonnées bancaires">
      <StructurePageFormAlert state={state} />
      <Input
        label="IBAN"
        hintText="Par exemple FR76 3000 6000 0112 3456 7890 189"
        {...errorOf("iban")}
        nativeInputProps={{ name: "iban", defaultValue: friendlyFormatIBAN(iban ?? undefined) ?? "", autoComplete: "off" }}
      />
      <Input label="BIC" hintText="8 ou 11 caractères, par exemple BNPAFRPPXXX" {...errorOf("bic")} nativeInputProps={{ name: "bic", defaultValue: bic ?? "", autoComplete: "off" }} />
      <Button type="submit" disabled={pending}>
        Enregistrer les coordonnées bancaires
      </Button>
    </form>
  );
}
