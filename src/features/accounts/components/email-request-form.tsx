"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { ActionState } from "@/lib/action-state.ts";
import { emailRequestSchema } from "../schemas.ts";
import { FormMessage } from "./form-message.tsx";
import { useActionForm } from "./use-action-form.ts";

/**
 * One address, one button: "Mot de passe oublié ?" and "Renvoyer le lien d'activation". The answer is the
 * same whether or not an account matches.
 */
export function EmailRequestForm({
  action,
  submitLabel,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
}) {
  const { form, state, pending, errorProps, formProps } = useActionForm(emailRequestSchema, action, { email: "" });
  return (
    <form {...formProps}>
      <FormMessage state={state} />
      <Input
        label="Adresse électronique de connexion"
        {...errorProps("email")}
        nativeInputProps={{ type: "email", autoComplete: "username", ...form.register("email") }}
      />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
