import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { SideMenu } from "@codegouvfr/react-dsfr/SideMenu";
import { isAdministrator } from "@/features/administration/index.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Administration" };

/**
 * Administration: the platform's own staff name the gestionnaire principal of structures that have none. Anyone else
 * gets the 404 page (each use case checks the role again, on every call).
 */
export default async function AdministrationLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  if (!(await isAdministrator(user.id))) notFound();
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-3">
        <SideMenu
          align="left"
          burgerMenuButtonText="Administration"
          items={[
            { text: "Demandes de désignation", linkProps: { href: "/administration" } },
            { text: "Journal des décisions", linkProps: { href: "/administration/journal" } },
            { text: "Sollicitations", linkProps: { href: "/administration/sollicitations" } },
          ]}
        />
      </div>
      <div className="fr-col-12 fr-col-md-9">{children}</div>
    </div>
  );
}
