import type { ReactNode } from "react";
import { SessionKeeper } from "@/components/layout/session-keeper.tsx";
import { requireUser } from "@/server/auth/session.ts";

export const dynamic = "force-dynamic";

/** The signed-in part of the portal; the tabs are in the header (src/app/layout.tsx). */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return (
    <SessionKeeper>
      <main id="contenu" role="main" className="fr-container fr-py-4w" tabIndex={-1}>
        {children}
      </main>
    </SessionKeeper>
  );
}
