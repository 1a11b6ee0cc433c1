"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { FormMessage, useActionForm } from "@/features/accounts/ui.ts";
import { confirmTotpSetupAction, type TwoFactorState } from "../actions.ts";
import { totpSetupSchema } from "../schemas.ts";
import { RecoveryCodesList } from "./recovery-codes-list.tsx";

/**
 * Setting up an authenticator app: the QR code and the same key to type, then the first code the app shows. At first
 * login the recovery codes follow, then the page the user asked for (`next`).
 */
export function TotpSetupForm({ qrCodeDataUrl, secret, sealed, next, nextLabel }: { qrCodeDataUrl: string; secret: string; sealed: string; next: string; nextLabel: string }) {
  const { form, state, pending, errorProps, formProps } = useActionForm(totpSetupSchema, confirmTotpSetupAction as never, { code: "", sealed });
  const result = state as TwoFactorState;
  if (result.ok) {
    return (
      <div>
        <Alert className="fr-mb-3w" severity="success" small description={result.message ?? ""} />
        {result.recoveryCodes && <RecoveryCodesList codes={result.recoveryCodes} />}
        {/* A full page load: the whole layout, header included, is drawn for the signed-in user. */}
        <a className="fr-btn" href={next}>
          {nextLabel}
        </a>
      </div>
    );
  }
  return (
    <form {...formProps} aria-labelledby="titre-application">
      <h2 id="titre-application" className="fr-h5">
        Avec une application d&apos;authentification
      </h2>
      <ol>
        <li>Installez sur votre téléphone une application d&apos;authentification (FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator…).</li>
        <li>
          Scannez ce QR code avec l&apos;application :
          <br />
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={qrCodeDataUrl} width={200} height={200} alt="QR code à scanner avec votre application d'authentification" />
        </li>
        <li>
          ou saisissez dans l&apos;application cette clé :{" "}
          <code id="cle-totp" aria-label="Clé à saisir dans l'application" style={{ fontSize: "1.125rem" }}>
            {secret.match(/.{1,4}/g)?.join(" ")}
          </code>
        </li>
        <li>Saisissez le code à 6 chiffres que l&apos;application affiche.</li>
      </ol>
      <FormMessage state={state} />
      <input type="hidden" {...form.register("sealed")} />
      <Input
        label="Code à 6 chiffres affiché par l'application"
        hintText="Le code change toutes les 30 secondes."
        {...errorProps("code")}
        nativeInputProps={{ inputMode: "numeric", autoComplete: "one-time-code", maxLength: 7, ...form.register("code") }}
      />
      <Button type="submit" disabled={pending}>
        Activer
      </Button>
    </form>
  );
}
