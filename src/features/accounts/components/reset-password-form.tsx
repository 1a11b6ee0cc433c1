"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { ActionState } from "@/lib/action-state.ts";
import { resetPasswordSchema } from "../schemas.ts";
import { NewPasswordFields } from "./new-password-fields.tsx";
import { FormMessage } from "./form-message.tsx";
import { useActionForm } from "./use-action-form.ts";

/** The secret question's answer, then a new password. */
export function ResetPasswordForm({
  secretQuestion,
  action,
}: {
  secretQuestion: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const { form, state, pending, errorProps, formProps } = useActionForm(resetPasswordSchema, action, {
    secretAnswer: "",
    password: "",
    confirmation: "",
  });
  return (
    <form {...formProps} aria-label="Réinitialisation du mot de passe">
      <FormMessage state={state} />
      <h2 className="fr-h4">Question secrète</h2>
      <p>{secretQuestion}</p>
      <Input label="Réponse *" {...errorProps("secretAnswer")} nativeInputProps={{ autoComplete: "off", ...form.register("secretAnswer") }} />
      <h2 className="fr-h4 fr-mt-3w">Nouveau mot de passe</h2>
      <NewPasswordFields
        password={form.watch("password")}
        passwordField={form.register("password")}
        passwordError={errorProps("password")}
        confirmationField={form.register("confirmation")}
        confirmationError={errorProps("confirmation")}
      />
      <Button type="submit" disabled={pending}>
        Modifier mon mot de passe
      </Button>
    </form>
  );
}
