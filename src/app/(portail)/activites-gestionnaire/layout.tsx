import type { ReactNode } from "react";
import { SideMenu } from "@codegouvfr/react-dsfr/SideMenu";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

/** Activités du gestionnaire: the structures one manages, and the rattachement requests waiting for a decision. */
export default async function ActivitesGestionnaireLayout({ children }: { children: ReactNode }) {
  await requireEspace("ACTIVITES_GESTIONNAIRE");
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-3">
        <SideMenu
          align="left"
          burgerMenuButtonText="Activités du gestionnaire"
          items={[
            { text: "Mes structures", linkProps: { href: "/activites-gestionnaire/structures" } },
            { text: "Demandes de rattachement", linkProps: { href: "/activites-gestionnaire/demandes" } },
          ]}
        />
      </div>
      <div className="fr-col-12 fr-col-md-9">{children}</div>
    </div>
  );
}
