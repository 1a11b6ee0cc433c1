"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { signOutEverywhereAction } from "../actions.ts";

/** « Se déconnecter de tous les appareils »: every session ends on the server, then this browser leaves too. */
export function SignOutEverywhereForm() {
  const [pending, setPending] = useState(false);
  async function signOutEverywhere() {
    setPending(true);
    await signOutEverywhereAction({ ok: false }, new FormData());
    await signOut({ callbackUrl: "/" });
  }
  return (
    <Button type="button" priority="secondary" iconId="fr-icon-logout-box-r-line" onClick={signOutEverywhere} disabled={pending}>
      Se déconnecter de tous les appareils
    </Button>
  );
}
