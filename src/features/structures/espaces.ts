// Which tabs of the portal a user sees, from the espaces their structures grant. Pure: no I/O.
import type { Espace, Role } from "@/generated/prisma/enums.ts";

export type PortalTab = { label: string; href: string; espace?: Espace };

/** The portal's tabs, in the order of the real portal. Accueil connecté and Mon compte are everyone's. */
export const PORTAL_TABS: readonly PortalTab[] = [
  { label: "Accueil connecté", href: "/accueil" },
  { label: "Activités du gestionnaire", href: "/activites-gestionnaire", espace: "ACTIVITES_GESTIONNAIRE" },
  { label: "Factures à valider", href: "/factures-a-valider", espace: "FACTURES_A_VALIDER" },
  { label: "Factures émises", href: "/factures-emises", espace: "FACTURES_EMISES" },
  { label: "Factures reçues", href: "/factures-recues", espace: "FACTURES_RECUES" },
  { label: "Sollicitations émises", href: "/sollicitations-emises", espace: "SOLLICITATIONS_EMISES" },
  { label: "Mon compte", href: "/mon-compte" },
];

export const ESPACE_LABELS: Record<Espace, string> = {
  FACTURES_EMISES: "Factures émises",
  FACTURES_RECUES: "Factures reçues",
  FACTURES_A_VALIDER: "Factures à valider",
  FACTURES_TRAVAUX: "Factures de travaux",
  SOLLICITATIONS_EMISES: "Sollicitations émises",
  SOLLICITATIONS_RECUES: "Sollicitations reçues",
  ACTIVITES_GESTIONNAIRE: "Activités du gestionnaire",
  MON_COMPTE: "Mon compte",
  RACCORDEMENTS_EDI_API: "Raccordements EDI et API",
  SUIVI_FLUX: "Suivi des flux",
};

/** One active rattachement of the user to an active structure, with what it opens. */
export type EspaceGrant = {
  role: Role;
  /** Espaces opened for the structure (for all or some of its services) with consultation or modification. */
  structureEspaces: Espace[];
  /** Espaces the gestionnaire gave this user when accepting the rattachement. */
  userEspaces: Espace[];
};

export const isGestionnaire = (role: Role) => role === "GESTIONNAIRE_PRINCIPAL" || role === "GESTIONNAIRE_SECONDAIRE";

/** Gestionnaires use every espace of their structure, and manage it; other users only what they were given. */
export function grantedEspaces(grants: EspaceGrant[]): Set<Espace> {
  const espaces = new Set<Espace>();
  for (const grant of grants) {
    if (isGestionnaire(grant.role)) {
      grant.structureEspaces.forEach((espace) => espaces.add(espace));
      espaces.add("ACTIVITES_GESTIONNAIRE");
    } else {
      const opened = new Set(grant.structureEspaces);
      grant.userEspaces.filter((espace) => opened.has(espace) && espace !== "ACTIVITES_GESTIONNAIRE").forEach((espace) => espaces.add(espace));
    }
  }
  return espaces;
}

export function visibleTabs(espaces: Set<Espace>): PortalTab[] {
  return PORTAL_TABS.filter((tab) => !tab.espace || espaces.has(tab.espace));
}
