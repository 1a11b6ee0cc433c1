// A user's effective right on an espace of one structure: none, consultation (read) or modification (read and change).
// Pure: no I/O. Every check of an espace (the tabs, the lists, the use cases that change something) asks this rule.
//
// - The structure opens an espace with StructureEspace rows, each for every service (serviceId null) or for one
//   service, each with its consultation and modification flags. Modification implies consultation (a row with only
//   "modification" ticked still lets its users read). A row with neither flag opens nothing.
// - Per-service openings combine by taking the strongest right among the rows that reach the service in question:
//   the "Tous les services" row reaches every service, a service's row reaches that service only, and an item of no
//   service (serviceId null) is reached by the "Tous les services" row only. When no service is in question
//   (undefined: the tabs, the espace as a whole), every row counts: a structure that opens "Factures reçues" in
//   modification for one service and consultation for the others gives modification on that service's invoices only
//   (the per-invoice checks pass the invoice's service), but shows the tab and its buttons to whoever may use them somewhere.
// - A gestionnaire (principal or secondaire) has the structure's right, whatever was given to them personally, and
//   always modification on "Activités du gestionnaire" (they manage the structure).
// - A simple user has the weaker of the structure's right and the right the gestionnaire gave them
//   (RattachementEspace); never "Activités du gestionnaire".
import type { Espace, Role } from "@/generated/prisma/enums.ts";

export const ESPACE_RIGHTS = ["AUCUN", "CONSULTATION", "MODIFICATION"] as const;
export type EspaceRight = (typeof ESPACE_RIGHTS)[number];

const RANK: Record<EspaceRight, number> = { AUCUN: 0, CONSULTATION: 1, MODIFICATION: 2 };

/** Whether `right` is at least `needed`. */
export const rightAllows = (right: EspaceRight, needed: EspaceRight) => RANK[right] >= RANK[needed];
const strongest = (a: EspaceRight, b: EspaceRight): EspaceRight => (RANK[a] >= RANK[b] ? a : b);
const weakest = (a: EspaceRight, b: EspaceRight): EspaceRight => (RANK[a] <= RANK[b] ? a : b);

/** The right one pair of flags gives (modification implies consultation). */
export const flagsRight = (flags: { consultation: boolean; modification: boolean }): EspaceRight =>
  flags.modification ? "MODIFICATION" : flags.consultation ? "CONSULTATION" : "AUCUN";

/** One opening of an espace by the structure. A bare espace stands for an opening of every service in modification. */
export type EspaceOpening = Espace | { espace: Espace; serviceId?: string | null; consultation: boolean; modification: boolean };
/** One espace given to a simple user. A bare espace stands for modification (the database's default flags). */
export type EspaceGiven = Espace | { espace: Espace; consultation: boolean; modification: boolean };

const openingOf = (opening: EspaceOpening) =>
  typeof opening === "string" ? { espace: opening, serviceId: null, consultation: true, modification: true } : { serviceId: null, ...opening };
const givenOf = (given: EspaceGiven) => (typeof given === "string" ? { espace: given, consultation: true, modification: true } : given);

/**
 * The structure's right on the espace: the strongest of its openings that reach `serviceId` (the "Tous les services"
 * row and that service's row; null: the "Tous les services" row only); undefined: the strongest of all its openings.
 */
export function structureRight(openings: readonly EspaceOpening[], espace: Espace, serviceId?: string | null): EspaceRight {
  let right: EspaceRight = "AUCUN";
  for (const opening of openings.map(openingOf)) {
    if (opening.espace !== espace) continue;
    if (serviceId !== undefined && opening.serviceId !== null && opening.serviceId !== serviceId) continue;
    right = strongest(right, flagsRight(opening));
  }
  return right;
}

export const isGestionnaireRole = (role: Role) => role === "GESTIONNAIRE_PRINCIPAL" || role === "GESTIONNAIRE_SECONDAIRE";

/** One active rattachement of the user to an active structure, with what it opens. */
export type RattachementRights = { role: Role; structureEspaces: readonly EspaceOpening[]; userEspaces: readonly EspaceGiven[] };

/** The user's effective right on the espace of that structure (for one service of it, when given). */
export function effectiveRight(grant: RattachementRights, espace: Espace, serviceId?: string | null): EspaceRight {
  if (espace === "ACTIVITES_GESTIONNAIRE") return isGestionnaireRole(grant.role) ? "MODIFICATION" : "AUCUN";
  const opened = structureRight(grant.structureEspaces, espace, serviceId);
  if (isGestionnaireRole(grant.role)) return opened;
  const given = grant.userEspaces.map(givenOf).find((candidate) => candidate.espace === espace);
  return weakest(opened, given ? flagsRight(given) : "AUCUN");
}

/** The strongest right the user has on the espace across several rattachements (the tab, its entry buttons). */
export const strongestRight = (grants: readonly RattachementRights[], espace: Espace): EspaceRight =>
  grants.reduce<EspaceRight>((right, grant) => strongest(right, effectiveRight(grant, espace)), "AUCUN");

export const RIGHT_LABELS: Record<EspaceRight, string> = { AUCUN: "aucun", CONSULTATION: "la consultation", MODIFICATION: "la modification" };

/** The refusal of a change to a user who may only read the espace. */
export function consultationOnlyMessage(espaceLabel: string, what = "y faire de modification") {
  return `Votre droit sur l'espace ${espaceLabel} est la consultation : vous ne pouvez pas ${what}.`;
}
