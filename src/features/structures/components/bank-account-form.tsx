"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { friendlyFormatIBAN } from "ibantools";
import { type FormAction, useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";

type BankAccountValues = { iban: string; bic: string | null; titulaire: string; affactureur: boolean };

/** "Coordonnées bancaires": add or change one account. The IBAN is shown grouped by 4, and stored in electronic format. */
export function BankAccountForm({ account, action }: { account?: BankAccountValues; action: FormAction }) {
  const { state, pending, onSubmit, errorOf } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Coordonnées bancaires">
      <FormAlert state={state} />
      <Input
        label="IBAN"
        hintText="Par exemple FR76 3000 6000 0112 3456 7890 189"
        {...errorOf("iban")}
        nativeInputProps={{ name: "iban", defaultValue: friendlyFormatIBAN(account?.iban) ?? "", autoComplete: "off" }}
      />
      <Input
        label="BIC"
        hintText="Facultatif : 8 ou 11 caractères, par exemple BNPAFRPPXXX"
        {...errorOf("bic")}
        nativeInputProps={{ name: "bic", defaultValue: account?.bic ?? "", autoComplete: "off" }}
      />
      <Input label="Titulaire du compte" {...errorOf("titulaire")} nativeInputProps={{ name: "titulaire", defaultValue: account?.titulaire ?? "", autoComplete: "off" }} />
      <Checkbox
        options={[
          {
            label: "Affactureur",
            hintText: "Le compte d'un organisme d'affacturage (factor) à qui les factures sont payées.",
            nativeInputProps: { name: "affactureur", defaultChecked: account?.affactureur },
          },
        ]}
      />
      <Button type="submit" disabled={pending}>
        Enregistrer les coordonnées bancaires
      </Button>
    </form>
  );
}
