import { cache } from "react";
import { db } from "@/server/db.ts";
import { grantedEspaces, type EspaceGrant } from "../espaces.ts";

/**
 * The espaces a user may open: from their active rattachements (to active structures, but see below).
 * Read once per request (React's cache): the header's tabs and the page's own check both ask.
 */
export const getUserEspaces = cache(async (userId: string) => {
  const rattachements = await db.rattachement.findMany({
    where: { userId, status: "ACTIF" },
    select: {
      role: true,
      structure: {
        select: { status: true, espaces: { where: { OR: [{ consultation: true }, { modification: true }] }, select: { espace: true } } },
      },
      espaces: { select: { espace: true } },
    },
  });
  // An inactive structure opens nothing, except to its gestionnaires the tab where they can reactivate it.
  const grants: EspaceGrant[] = rattachements.map((r) => ({
    role: r.role,
    structureEspaces: r.structure.status === "ACTIF" ? r.structure.espaces.map((e) => e.espace) : [],
    userEspaces: r.structure.status === "ACTIF" ? r.espaces.map((e) => e.espace) : [],
  }));
  return grantedEspaces(grants);
});
