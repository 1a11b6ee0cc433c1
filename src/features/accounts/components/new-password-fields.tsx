"use client";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { UseFormRegisterReturn } from "react-hook-form";
import { passwordComplexity } from "../rules/password-policy.ts";

type FieldProps = UseFormRegisterReturn;
type ErrorProps = { state: "error" | "default"; stateRelatedMessage?: string };

/** The policy, "Mot de passe", "Confirmation" and the live "Complexité du mot de passe" meter (the server's own rule). */
export function NewPasswordFields(props: {
  password: string;
  passwordField: FieldProps;
  passwordError: ErrorProps;
  confirmationField: FieldProps;
  confirmationError: ErrorProps;
}) {
  const complexity = passwordComplexity(props.password ?? "");
  return (
    <>
      <p id="politique-mot-de-passe">
        Pour être accepté, votre mot de passe doit comporter au minimum 12 caractères et comporter au moins 3 types de caractères parmi
        les 4 groupes suivants :
      </p>
      <ul>
        <li>des majuscules,</li>
        <li>des minuscules,</li>
        <li>des chiffres,</li>
        <li>et des caractères spéciaux (ponctuation, accents, etc...)</li>
      </ul>
      <Input
        label="Mot de passe *"
        {...props.passwordError}
        nativeInputProps={{ type: "password", autoComplete: "new-password", "aria-describedby": "politique-mot-de-passe complexite-mot-de-passe", ...props.passwordField }}
      />
      <p id="complexite-mot-de-passe" aria-live="polite">
        Complexité du mot de passe{" "}
        <strong className={complexity === "Satisfaisant" ? "fr-text-default--success" : "fr-text-default--error"}>{complexity}</strong>
      </p>
      <Input
        label="Confirmation *"
        {...props.confirmationError}
        nativeInputProps={{ type: "password", autoComplete: "new-password", ...props.confirmationField }}
      />
    </>
  );
}
