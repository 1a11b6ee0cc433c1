import type { ReactNode } from "react";
import { SessionKeeper } from "@/components/layout/session-keeper.tsx";
import { requireUser } from "@/server/auth/session.ts";
import { config } from "@/server/config.ts";

export const dynamic = "force-dynamic";

/** The signed-in part of the portal; the tabs are in the header (src/app/layout.tsx). */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  // The session just checked, for next-auth's provider (it then does not ask /api/auth/session at each page load). Only
  // the name: no client code reads the session, and the next refresh replaces it with next-auth's own.
  const session = { user: { name: `${user.prenom} ${user.nom}` }, expires: new Date(Date.now() + config.sessionMaxAgeSeconds * 1000).toISOString() };
  return (
    <SessionKeeper session={session}>
      <main id="contenu" role="main" className="fr-container fr-py-4w" tabIndex={-1}>
        {children}
      </main>
    </SessionKeeper>
  );
}
