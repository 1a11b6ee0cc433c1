"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import type { SecretState } from "../actions.ts";
import { API_SCOPE_LABELS, API_SCOPE_VALUES } from "../rules/labels.ts";
import { SecretOnce } from "./secret-once.tsx";

/**
 * "+ Déclarer une application": its name, the technical account it acts as, its scopes. Once declared, the form gives
 * way to the client id and the secret, shown this once.
 */
export function ApplicationForm(props: { action: (state: SecretState, formData: FormData) => Promise<SecretState>; accounts: { id: string; nom: string }[]; backHref: string }) {
  const { state, pending, onSubmit, errorOf } = useActionForm(props.action);
  if (state.ok && state.secret) {
    return (
      <>
        <FormAlert state={state} />
        <SecretOnce title="Identifiants de l'application" clientId={state.secret.clientId} secret={state.secret.value} />
        <Button linkProps={{ href: props.backHref }}>J&apos;ai copié le secret : retour aux raccordements</Button>
      </>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <Input label="Nom de l'application" hintText="Par exemple « ERP comptabilité »." {...errorOf("nom")} nativeInputProps={{ name: "nom", autoComplete: "off", maxLength: 100 }} />
      <Select
        label="Compte technique"
        hint="L'application agit au nom de ce compte, avec exactement ses espaces et ses droits."
        {...errorOf("technicalAccountId")}
        nativeSelectProps={{ name: "technicalAccountId", defaultValue: "" }}
      >
        <option value="" disabled>
          Choisissez un compte technique
        </option>
        {props.accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.nom}
          </option>
        ))}
      </Select>
      <Checkbox
        legend="Portées"
        {...errorOf("scopes")}
        options={API_SCOPE_VALUES.map((scope) => ({ label: API_SCOPE_LABELS[scope], nativeInputProps: { name: "scopes", value: scope, defaultChecked: scope === "lecture" } }))}
      />
      <Button type="submit" disabled={pending}>
        Déclarer l&apos;application
      </Button>
    </form>
  );
}
