"use client";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { changePasswordAction } from "../actions.ts";
import { changePasswordSchema } from "../schemas.ts";
import { NewPasswordFields } from "./new-password-fields.tsx";
import { FormMessage } from "./form-message.tsx";
import { MonCompteFormButtons } from "./mon-compte-form-buttons.tsx";
import { useActionForm } from "./use-action-form.ts";

/** Mon compte > "Modifier mon mot de passe". */
export function ChangePasswordForm() {
  const { form, state, pending, errorProps, formProps } = useActionForm(changePasswordSchema, changePasswordAction, {
    currentPassword: "",
    password: "",
    confirmation: "",
  });
  return (
    <form {...formProps} aria-label="Modifier mon mot de passe">
      <FormMessage state={state} />
      <Input
        label="Mot de passe actuel *"
        {...errorProps("currentPassword")}
        nativeInputProps={{ type: "password", autoComplete: "current-password", ...form.register("currentPassword") }}
      />
      <NewPasswordFields
        password={form.watch("password")}
        passwordField={form.register("password")}
        passwordError={errorProps("password")}
        confirmationField={form.register("confirmation")}
        confirmationError={errorProps("confirmation")}
      />
      <MonCompteFormButtons pending={pending} />
    </form>
  );
}
