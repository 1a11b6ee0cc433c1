"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { loginSchema, type LoginInput } from "../schemas.ts";

// Same code as LOCKED_ERROR in src/server/auth/options.ts (not imported: that module is server-only).
const LOCKED_ERROR = "COMPTE_VERROUILLE";

function errorMessage(code: string) {
  if (code === LOCKED_ERROR) {
    return "Trop de tentatives de connexion infructueuses : la connexion est bloquée pendant 15 minutes. Vous pouvez réinitialiser votre mot de passe avec « Mot de passe oublié ? ».";
  }
  return "Adresse électronique ou mot de passe incorrect.";
}

/**
 * `returnTo`: where to go once signed in (already checked to be a path of this site); `notice`: what the
 * previous step says (account activated, password changed).
 */
export function LoginForm({ sessionExpired, returnTo, notice }: { sessionExpired: boolean; returnTo: string; notice?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setError(errorMessage(result?.error ?? ""));
      return;
    }
    router.push(returnTo);
    router.refresh();
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
