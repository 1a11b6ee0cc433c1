"use client";
import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { startAuthentication } from "@simplewebauthn/browser";
import { signOut } from "next-auth/react";
import { startTransition, useActionState, useEffect, useState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { FormMessage, useActionForm } from "@/features/accounts/ui.ts";
import {
  finishSecurityKeyLoginAction,
  securityKeyLoginOptionsAction,
  sendEmailCodeAction,
  verifyEmailCodeAction,
  verifyRecoveryCodeAction,
  verifyTotpAction,
  type TwoFactorState,
} from "../actions.ts";
import { recoveryCodeSchema, totpCodeSchema } from "../schemas.ts";

/** Once the second factor is given: a full page load of the page asked for, so that the whole layout is drawn signed in. */
function useLoadWhenDone(state: TwoFactorState) {
  useEffect(() => {
    if (state.redirectTo) window.location.assign(state.redirectTo);
  }, [state.redirectTo]);
}

function TotpForm({ retour }: { retour: string }) {
  const { form, state, pending, errorProps, formProps } = useActionForm(totpCodeSchema, verifyTotpAction.bind(null, retour), { code: "" });
  useLoadWhenDone(state);
  return (
    <form {...formProps} aria-labelledby="titre-code-application">
      <h2 id="titre-code-application" className="fr-h5">
        Code de votre application d&apos;authentification
      </h2>
      <FormMessage state={state} />
      <Input
        label="Code à 6 chiffres de l'application"
        hintText="Ouvrez votre application d'authentification : le code change toutes les 30 secondes."
        {...errorProps("code")}
        nativeInputProps={{ inputMode: "numeric", autoComplete: "one-time-code", autoFocus: true, maxLength: 7, ...form.register("code") }}
      />
      <Button type="submit" disabled={pending}>
        Vérifier
      </Button>
    </form>
  );
}

function SecurityKeyLogin({ retour }: { retour: string }) {
  const [state, formAction, pending] = useActionState<TwoFactorState, FormData>(finishSecurityKeyLoginAction.bind(null, retour), initialActionState);
  useLoadWhenDone(state);
  const [error, setError] = useState<string | null>(null);
  async function askKey() {
    setError(null);
    try {
      const options = await securityKeyLoginOptionsAction();
      if (!("options" in options)) return setError(options.message ?? "");
      const response = await startAuthentication({ optionsJSON: JSON.parse(options.options) });
      const form = new FormData();
      form.set("response", JSON.stringify(response));
      startTransition(() => formAction(form));
    } catch {
      setError("La clé de sécurité n'a pas répondu ou l'opération a été annulée : réessayez.");
    }
  }
  return (
    <section aria-labelledby="titre-cle" className="fr-mt-4w">
      <h2 id="titre-cle" className="fr-h5">
        Clé de sécurité
      </h2>
      {error && <Alert className="fr-mb-3w" severity="error" small description={error} />}
      <FormMessage state={state} />
      <Button type="button" priority="secondary" onClick={askKey} disabled={pending}>
        Utiliser ma clé de sécurité
      </Button>
    </section>
  );
}

function EmailCode({ retour, maskedEmail }: { retour: string; maskedEmail: string }) {
  const [sent, send, sending] = useActionState(sendEmailCodeAction, initialActionState);
  const { form, state, pending, errorProps, formProps } = useActionForm(totpCodeSchema, verifyEmailCodeAction.bind(null, retour), { code: "" });
  useLoadWhenDone(state);
  return (
    <div>
      <form action={send}>
        <FormMessage state={sent} />
        <p>Un code à 6 chiffres, valable 10 minutes, sera envoyé à votre adresse de connexion ({maskedEmail}).</p>
        <Button type="submit" priority="secondary" disabled={sending}>
          Envoyer le code par courriel
        </Button>
      </form>
      <form {...formProps} aria-label="Vérification par un code reçu par courriel" className="fr-mt-3w">
        <FormMessage state={state} />
        <Input label="Code reçu par courriel" {...errorProps("code")} nativeInputProps={{ inputMode: "numeric", autoComplete: "one-time-code", maxLength: 7, ...form.register("code") }} />
        <Button type="submit" disabled={pending}>
          Vérifier le code reçu
        </Button>
      </form>
    </div>
  );
}

function RecoveryCode({ retour }: { retour: string }) {
  const { form, state, pending, errorProps, formProps } = useActionForm(recoveryCodeSchema, verifyRecoveryCodeAction.bind(null, retour), { code: "" });
  useLoadWhenDone(state);
  return (
    <form {...formProps} aria-label="Vérification par un code de secours">
      <FormMessage state={state} />
      <Input label="Code de secours" hintText="Un des dix codes reçus à l'activation (xxxxx-xxxxx) ; chacun ne sert qu'une fois." {...errorProps("code")} nativeInputProps={{ autoComplete: "off", maxLength: 40, ...form.register("code") }} />
      <Button type="submit" disabled={pending}>
        Vérifier le code de secours
      </Button>
    </form>
  );
}

/** The second step of the login: the app's code, a security key, or (fallbacks) a code by e-mail or a recovery code. */
export function SecondFactorForm({ retour, hasTotp, hasKeys, maskedEmail }: { retour: string; hasTotp: boolean; hasKeys: boolean; maskedEmail: string }) {
  return (
    <div>
      {hasTotp && <TotpForm retour={retour} />}
      {hasKeys && <SecurityKeyLogin retour={retour} />}
      <h2 className="fr-h5 fr-mt-4w">Autres moyens</h2>
      <div className="fr-accordions-group">
        <Accordion label="Recevoir un code par courriel">
          <EmailCode retour={retour} maskedEmail={maskedEmail} />
        </Accordion>
        <Accordion label="Utiliser un code de secours">
          <RecoveryCode retour={retour} />
        </Accordion>
      </div>
      <Button className="fr-mt-4w" type="button" priority="tertiary" onClick={() => signOut({ callbackUrl: "/" })}>
        Annuler et se déconnecter
      </Button>
    </div>
  );
}
