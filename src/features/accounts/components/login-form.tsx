"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { loginErrorMessage } from "../rules/login-errors.ts";
import { loginSchema, type LoginInput } from "../schemas.ts";
import { AltchaCaptcha } from "./altcha-captcha.tsx";

/**
 * `returnTo`: where to go once signed in (already checked to be a path of this site); `notice`: what the
 * previous step says (account activated, password changed).
 */
export function LoginForm({ sessionExpired, returnTo, notice }: { sessionExpired: boolean; returnTo: string; notice?: string }) {
  const [error, setError] = useState<string | null>(null);
  // Shown once the server says the account needs it (several failed logins); a new widget after each try.
  const [captcha, setCaptcha] = useState<{ shown: boolean; payload: string; round: number }>({ shown: false, payload: "", round: 0 });
  const { register, handleSubmit, formState } = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, ...(captcha.payload ? { altcha: captcha.payload } : {}), redirect: false });
    if (!result || result.error) {
      const { message, showCaptcha } = loginErrorMessage(result?.error ?? "");
      setError(message);
      setCaptcha((previous) => ({ shown: previous.shown || showCaptcha, payload: "", round: previous.round + 1 }));
      return;
    }
    // The password was right: the second factor comes next (src/app/double-authentification), then `returnTo`.
    window.location.assign(`/double-authentification?retour=${encodeURIComponent(returnTo)}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="titre-connexion">
      <h2 id="titre-connexion" className="fr-h4">
        Vous avez déjà un compte ?
      </h2>
      {notice && !error && <Alert className="fr-mb-3w" severity="success" small description={notice} />}
      {sessionExpired && !error && (
        <Alert className="fr-mb-3w" severity="info" small description="Votre session a expiré : reconnectez-vous." />
      )}
      {/* The DSFR alert has role="alert": screen readers announce it. */}
      {error && <Alert className="fr-mb-3w" severity="error" small description={error} />}
      <Input
        label="Adresse électronique de connexion"
        state={formState.errors.email ? "error" : "default"}
        stateRelatedMessage={formState.errors.email?.message}
        nativeInputProps={{ type: "email", autoComplete: "username", ...register("email") }}
      />
      <Input
        label="Mot de passe"
        state={formState.errors.password ? "error" : "default"}
        stateRelatedMessage={formState.errors.password?.message}
        nativeInputProps={{ type: "password", autoComplete: "current-password", ...register("password") }}
      />
      {captcha.shown && <AltchaCaptcha key={captcha.round} onChange={(payload) => setCaptcha((previous) => ({ ...previous, payload }))} />}
      <p className="fr-mb-3w">
        <Link href="/mot-de-passe-oublie" className="fr-link">
          Mot de passe oublié ?
        </Link>
      </p>
      <Button type="submit" disabled={formState.isSubmitting}>
        Se connecter
      </Button>
    </form>
  );
}
