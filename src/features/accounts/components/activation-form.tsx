"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { ActionState } from "@/lib/action-state.ts";
import { activationSchema } from "../schemas.ts";
import { SECRET_QUESTIONS } from "../rules/secret-questions.ts";
import { NewPasswordFields } from "./new-password-fields.tsx";
import { FormMessage } from "./form-message.tsx";
import { useActionForm } from "./use-action-form.ts";

/** "Gestion du mot de passe" and "Question secrète" of "Activation du compte utilisateur". */
export function ActivationForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const { form, state, pending, errorProps, formProps } = useActionForm(activationSchema, action, {
    password: "",
    confirmation: "",
    secretAnswer: "",
  });
  return (
    <form {...formProps} aria-label="Activation du compte utilisateur">
      <FormMessage state={state} />
      <h2 className="fr-h4">Gestion du mot de passe</h2>
      <NewPasswordFields
        password={form.watch("password")}
        passwordField={form.register("password")}
        passwordError={errorProps("password")}
        confirmationField={form.register("confirmation")}
        confirmationError={errorProps("confirmation")}
      />
      <h2 className="fr-h4 fr-mt-3w">Question secrète</h2>
      <p className="fr-hint-text">Elle vous sera posée si vous oubliez votre mot de passe.</p>
      <Select label="Question secrète *" {...errorProps("secretQuestion")} nativeSelectProps={{ defaultValue: "", ...form.register("secretQuestion") }}>
        <option value="" disabled>
          Sélectionnez une question
        </option>
        {SECRET_QUESTIONS.map((question) => (
          <option key={question} value={question}>
            {question}
          </option>
        ))}
      </Select>
      <Input label="Réponse *" {...errorProps("secretAnswer")} nativeInputProps={{ autoComplete: "off", ...form.register("secretAnswer") }} />
      <Button type="submit" disabled={pending}>
        Activer mon compte
      </Button>
    </form>
  );
}
