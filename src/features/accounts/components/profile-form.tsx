"use client";
import { updateProfileAction } from "../actions.ts";
import { profileSchema, type ProfileInput } from "../schemas.ts";
import { AccountDetailsFields } from "./account-details-fields.tsx";
import { FormMessage } from "./form-message.tsx";
import { MonCompteFormButtons } from "./mon-compte-form-buttons.tsx";
import { useActionForm } from "./use-action-form.ts";

/** Mon compte > "Modifier mes informations": every field but the login address. */
export function ProfileForm({ loginEmail, values }: { loginEmail: string; values: ProfileInput }) {
  const { form, state, pending, errorProps, formProps } = useActionForm(profileSchema, updateProfileAction, values);
  return (
    <form {...formProps} aria-label="Modifier mes informations">
      <FormMessage state={state} />
      <p className="fr-hint-text">Les champs marqués d&apos;un astérisque (*) sont obligatoires.</p>
      <p>
        <span className="fr-text--bold">Adresse électronique de connexion :</span> {loginEmail}
      </p>
      <AccountDetailsFields field={(name) => form.register(name)} errorProps={errorProps} />
      <MonCompteFormButtons pending={pending} className="fr-mt-3w" />
    </form>
  );
}
