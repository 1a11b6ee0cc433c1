// What a rattachement lets its user see in "Factures reçues": the structure's invoices, or only those of some of
// its services (the services the rattachement names, and those the structure opens the espace for). Pure.
import type { Espace, Role } from "@/generated/prisma/enums.ts";
import { effectiveRight, flagsRight, rightAllows, type EspaceGiven, type EspaceRight } from "@/features/structures/ui.ts";

/** One active rattachement of the user to an active public structure. */
export type ReceivedGrant = {
  structureId: string;
  role: Role;
  /** Espaces the gestionnaire gave this user (bare: in modification), with their consultation / modification flags. */
  userEspaces: EspaceGiven[];
  /** The structure's openings of espaces, each for every service (serviceId null) or for one; flags absent = both. */
  structureEspaces: { espace: Espace; serviceId: string | null; consultation?: boolean; modification?: boolean }[];
  /** The services the user works for; none means every service of the structure. */
  serviceIds: string[];
};

/** A structure whose received invoices the user handles; serviceIds null = every service's. */
export type ReceivedScope = { structureId: string; serviceIds: string[] | null };

const intersect = (a: string[] | null, b: string[] | null) => (a === null ? b : b === null ? a : a.filter((id) => b.includes(id)));

/**
 * The scope one rattachement gives, or null when it does not open "Factures reçues" (or for no service at all): what
 * the user reads, or with `needed` "MODIFICATION", the part where they may act (the services opened in modification).
 */
export function receivedScope(grant: ReceivedGrant, needed: EspaceRight = "CONSULTATION"): ReceivedScope | null {
  const structureEspaces = grant.structureEspaces.map((e) => ({ ...e, consultation: e.consultation ?? true, modification: e.modification ?? true }));
  const rights = { role: grant.role, structureEspaces, userEspaces: grant.userEspaces };
  if (!rightAllows(effectiveRight(rights, "FACTURES_RECUES"), needed)) return null;
  // The services the structure opens the espace for with at least that right.
  const openings = structureEspaces.filter((e) => e.espace === "FACTURES_RECUES" && flagsRight(e) !== "AUCUN" && rightAllows(flagsRight(e), needed));
  const espaceServices = openings.some((e) => e.serviceId === null) ? null : openings.map((e) => e.serviceId as string);
  const userServices = grant.serviceIds.length > 0 ? grant.serviceIds : null;
  const serviceIds = intersect(userServices, espaceServices);
  if (serviceIds !== null && serviceIds.length === 0) return null;
  return { structureId: grant.structureId, serviceIds: serviceIds && [...new Set(serviceIds)].sort() };
}

/** Whether an invoice (its recipient structure and service) lies within the scopes. */
export const withinScopes = (scopes: ReceivedScope[], invoice: { recipientStructureId: string | null; recipientServiceId: string | null }) =>
  scopes.some(
    (scope) =>
      scope.structureId === invoice.recipientStructureId && (scope.serviceIds === null || (invoice.recipientServiceId !== null && scope.serviceIds.includes(invoice.recipientServiceId))),
  );
