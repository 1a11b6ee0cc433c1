import { cache } from "react";
import { db } from "@/server/db.ts";
import type { EspaceGrant } from "../rules/espaces.ts";

/**
 * The user's active rattachements (to any structure) with what each opens, read once per request (React's cache lives
 * for one server render; outside one, as in route handlers and jobs, it reads at every call): the header's tabs, the
 * page's own check, its buttons and the lists' structures (structureIdsOpening) all ask, and a right withdrawn counts
 * at the next request.
 */
export const userGrantRows = cache((userId: string) =>
  db.rattachement.findMany({
    where: { userId, status: "ACTIF" },
    select: {
      structureId: true,
      role: true,
      structure: { select: { status: true, kind: true, raisonSociale: true, espaces: { select: { espace: true, serviceId: true, consultation: true, modification: true } } } },
      espaces: { select: { espace: true, consultation: true, modification: true } },
      // The services the rattachement names: Factures reçues' reach (invoices/common receivedScopes) comes from these
      // same rows, where it was a second read of the rattachements on its pages (decision 0025).
      services: { select: { serviceId: true } },
    },
  }),
);

/** The user's grants, from their active rattachements (to active structures, but see below). */
export const userGrants = cache(async (userId: string): Promise<EspaceGrant[]> => {
  const rattachements = await userGrantRows(userId);
  // An inactive structure opens nothing, except to its gestionnaires the tab where they can reactivate it.
  return rattachements.map((r) => ({
    role: r.role,
    structureEspaces: r.structure.status === "ACTIF" ? r.structure.espaces : [],
    userEspaces: r.structure.status === "ACTIF" ? r.espaces : [],
  }));
});
