"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useEffect, useState } from "react";
import { createAccountAction } from "../actions.ts";
import { DEFAULT_COUNTRY } from "@/lib/countries.ts";
import { signupSchema } from "../schemas.ts";
import { AccountDetailsFields } from "./account-details-fields.tsx";
import { AltchaCaptcha } from "./altcha-captcha.tsx";
import { FormMessage } from "./form-message.tsx";
import { useActionForm } from "./use-action-form.ts";

const EMPTY = {
  loginEmail: "",
  loginEmailConfirmation: "",
  contactEmail: "",
  nom: "",
  prenom: "",
  adresse: "",
  complementAdresse1: "",
  complementAdresse2: "",
  codePostal: "",
  ville: "",
  pays: DEFAULT_COUNTRY,
  telephone: "",
  fax: "",
  altcha: "",
} as const;

/** "Saisie nouvel utilisateur": the account's details, the captcha, then the activation e-mail. */
export function SignupForm() {
  const { form, state, pending, error, errorProps, formProps } = useActionForm(signupSchema, createAccountAction, EMPTY);
  // A refused captcha cannot be submitted again: a new widget fetches a new challenge.
  const [captchaKey, setCaptchaKey] = useState(0);
  const captchaRefused = state.fieldErrors?.altcha;
  useEffect(() => {
    if (!captchaRefused) return;
    form.setValue("altcha", "");
    setCaptchaKey((key) => key + 1);
  }, [captchaRefused, form]);
  useEffect(() => {
    form.register("altcha");
  }, [form]);

  if (state.ok) {
    return (
      <Alert
        severity="success"
        title="Activation du compte"
        description={
          <>
            Un courriel vous a été envoyé à {state.message}. Cliquez sur le lien qu&apos;il contient pour activer votre compte. Vous
            devrez créer votre mot de passe lors de l&apos;activation.
          </>
        }
      />
    );
  }

  return (
    <form {...formProps} aria-labelledby="titre-inscription">
      <FormMessage state={state} />
      <p className="fr-hint-text">Les champs marqués d&apos;un astérisque (*) sont obligatoires.</p>
      <h2 className="fr-h4">Informations générales</h2>
      <Input
        label="Adresse électronique de connexion *"
        hintText="Votre adresse de connexion vous permettra de vous connecter"
        {...errorProps("loginEmail")}
        nativeInputProps={{ type: "email", autoComplete: "username", ...form.register("loginEmail") }}
      />
      <Input
        label="Ressaisissez votre adresse électronique de connexion *"
        {...errorProps("loginEmailConfirmation")}
        nativeInputProps={{ type: "email", autoComplete: "off", ...form.register("loginEmailConfirmation") }}
      />
      <AccountDetailsFields field={(name) => form.register(name)} errorProps={errorProps} />
      <h2 className="fr-h4 fr-mt-3w">Captcha</h2>
      <AltchaCaptcha
        key={captchaKey}
        error={error("altcha")}
        onChange={(payload) => form.setValue("altcha", payload, { shouldValidate: form.formState.isSubmitted })}
      />
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
        <li>
          <Button priority="secondary" linkProps={{ href: "/" }}>
            Annuler
          </Button>
        </li>
        <li>
          <Button type="submit" disabled={pending}>
            Finaliser l&apos;inscription
          </Button>
        </li>
      </ul>
    </form>
  );
}
