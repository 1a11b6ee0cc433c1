import { Notice } from "@codegouvfr/react-dsfr/Notice";
import type { ReactNode } from "react";

/** What an unbuilt page says: plainly that it is not available yet, and what it will offer. */
export function NotYetAvailable({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <Notice title="Cette page n'est pas encore disponible dans cette version du portail." />
      <div className="fr-mt-3w">{children}</div>
    </>
  );
}
