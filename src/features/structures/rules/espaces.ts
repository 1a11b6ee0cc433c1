// Which tabs of the portal a user sees, from the espaces their structures grant. Pure: no I/O.
import type { Espace } from "@/generated/prisma/enums.ts";
import { effectiveRight, isGestionnaireRole, rightAllows, type RattachementRights } from "./espace-rights.ts";

/** `administration`: shown to the platform's administrators only (User.platformRole), whatever their espaces. */
export type PortalTab = { label: string; href: string; espace?: Espace; administration?: true };

/** The portal's tabs, in the order of the real portal. Accueil connecté and Mon compte are everyone's. */
export const PORTAL_TABS: readonly PortalTab[] = [
  { label: "Accueil connecté", href: "/accueil" },
  { label: "Activités du gestionnaire", href: "/activites-gestionnaire", espace: "ACTIVITES_GESTIONNAIRE" },
  { label: "Factures à valider", href: "/factures-a-valider", espace: "FACTURES_A_VALIDER" },
  { label: "Factures émises", href: "/factures-emises", espace: "FACTURES_EMISES" },
  { label: "Factures reçues", href: "/factures-recues", espace: "FACTURES_RECUES" },
  { label: "Factures de travaux", href: "/factures-travaux", espace: "FACTURES_TRAVAUX" },
  { label: "Factures de travaux reçues", href: "/factures-travaux-recues", espace: "FACTURES_TRAVAUX_RECUES" },
  { label: "Engagements", href: "/engagements", espace: "ENGAGEMENTS" },
  { label: "Sollicitations émises", href: "/sollicitations-emises", espace: "SOLLICITATIONS_EMISES" },
  { label: "Sollicitations reçues", href: "/sollicitations-recues", espace: "SOLLICITATIONS_RECUES" },
  { label: "Mon compte", href: "/mon-compte" },
  { label: "Administration", href: "/administration", administration: true },
];

export const ESPACE_LABELS: Record<Espace, string> = {
  FACTURES_EMISES: "Factures émises",
  FACTURES_RECUES: "Factures reçues",
  FACTURES_A_VALIDER: "Factures à valider",
  FACTURES_TRAVAUX: "Factures de travaux",
  FACTURES_TRAVAUX_RECUES: "Factures de travaux reçues",
  SOLLICITATIONS_EMISES: "Sollicitations émises",
  SOLLICITATIONS_RECUES: "Sollicitations reçues",
  ACTIVITES_GESTIONNAIRE: "Activités du gestionnaire",
  MON_COMPTE: "Mon compte",
  RACCORDEMENTS_EDI_API: "Raccordements EDI et API",
  SUIVI_FLUX: "Suivi des flux",
  ENGAGEMENTS: "Engagements",
};

/** One active rattachement of the user to an active structure, with what it opens (see espace-rights.ts). */
export type EspaceGrant = RattachementRights;

export const isGestionnaire = isGestionnaireRole;

/**
 * The espaces the user may at least read: gestionnaires every espace their structure opens, and Activités du
 * gestionnaire; other users what they were given and the structure opens. The rights themselves are espace-rights.ts'.
 */
export function grantedEspaces(grants: EspaceGrant[]): Set<Espace> {
  const espaces = new Set<Espace>();
  for (const grant of grants) {
    const candidates = new Set<Espace>([
      ...grant.structureEspaces.map((opening) => (typeof opening === "string" ? opening : opening.espace)),
      "ACTIVITES_GESTIONNAIRE",
    ]);
    for (const espace of candidates) if (rightAllows(effectiveRight(grant, espace), "CONSULTATION")) espaces.add(espace);
  }
  return espaces;
}

export function visibleTabs(espaces: Set<Espace>, options: { administrator?: boolean } = {}): PortalTab[] {
  return PORTAL_TABS.filter((tab) => (tab.administration ? options.administrator === true : !tab.espace || espaces.has(tab.espace)));
}
