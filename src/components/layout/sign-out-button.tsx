"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" className="fr-btn fr-icon-logout-box-r-line" onClick={() => signOut({ callbackUrl: "/" })}>
      Se déconnecter
    </button>
  );
}
