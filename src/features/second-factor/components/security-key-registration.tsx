"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { finishSecurityKeyRegistrationAction, securityKeyRegistrationOptionsAction, type TwoFactorState } from "../actions.ts";
import { RecoveryCodesList } from "./recovery-codes-list.tsx";

/** "Enregistrer une clé de sécurité" (a USB/NFC key or a passkey of the device): the browser asks the key, the server checks it. */
export function SecurityKeyRegistration({ next, nextLabel }: { next?: string; nextLabel?: string }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [pending, setPending] = useState(false);
  const [state, setState] = useState<TwoFactorState | null>(null);

  async function register() {
    setPending(true);
    setState(null);
    try {
      const options = await securityKeyRegistrationOptionsAction();
      if (!("options" in options)) return setState({ ok: false, message: options.message });
      const response = await startRegistration({ optionsJSON: JSON.parse(options.options) });
      const form = new FormData();
      form.set("response", JSON.stringify(response));
      form.set("name", name);
      const result = await finishSecurityKeyRegistrationAction({ ok: false }, form);
      setState(result);
      if (result.ok && !next) router.refresh();
    } catch {
      setState({ ok: false, message: "La clé de sécurité n'a pas répondu ou l'opération a été annulée : réessayez." });
    } finally {
      setPending(false);
    }
  }

  if (state?.ok && next) {
    return (
      <div>
        <Alert className="fr-mb-3w" severity="success" small description={state.message ?? ""} />
        {state.recoveryCodes && <RecoveryCodesList codes={state.recoveryCodes} />}
        {/* A full page load: the whole layout, header included, is drawn for the signed-in user. */}
        <a className="fr-btn" href={next}>
          {nextLabel ?? "Continuer"}
        </a>
      </div>
    );
  }
  return (
    <div>
      {state?.message && <Alert className="fr-mb-3w" severity={state.ok ? "success" : "error"} small description={state.message} />}
      <Input label="Nom de la clé (facultatif)" hintText="Par exemple : clé USB du bureau." nativeInputProps={{ value: name, maxLength: 60, onChange: (e) => setName(e.target.value) }} />
      <Button type="button" priority="secondary" onClick={register} disabled={pending}>
        Enregistrer une clé de sécurité
      </Button>
    </div>
  );
}
