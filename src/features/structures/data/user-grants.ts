import { cache } from "react";
import { db } from "@/server/db.ts";
import type { EspaceGrant } from "../rules/espaces.ts";

/**
 * The user's grants, from their active rattachements (to active structures, but see below). Read once per request
 * (React's cache): the header's tabs, the page's own check and its buttons all ask.
 */
export const userGrants = cache(async (userId: string): Promise<EspaceGrant[]> => {
  const rattachements = await db.rattachement.findMany({
    where: { userId, status: "ACTIF" },
    select: {
      role: true,
      structure: { select: { status: true, espaces: { select: { espace: true, serviceId: true, consultation: true, modification: true } } } },
      espaces: { select: { espace: true, consultation: true, modification: true } },
    },
  });
  // An inactive structure opens nothing, except to its gestionnaires the tab where they can reactivate it.
  return rattachements.map((r) => ({
    role: r.role,
    structureEspaces: r.structure.status === "ACTIF" ? r.structure.espaces : [],
    userEspaces: r.structure.status === "ACTIF" ? r.espaces : [],
  }));
});
