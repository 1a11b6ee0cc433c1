import { cache } from "react";
import type { Espace } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { rightAllows, strongestRight, type EspaceRight } from "../rules/espace-rights.ts";
import { ESPACE_LABELS, grantedEspaces, type EspaceGrant } from "../rules/espaces.ts";

/** The user's grants, from their active rattachements (to active structures, but see below). Read once per request. */
const getUserGrants = cache(async (userId: string): Promise<EspaceGrant[]> => {
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

/**
 * The espaces a user may open (at least in consultation).
 * Read once per request (React's cache): the header's tabs and the page's own check both ask.
 */
export const getUserEspaces = cache(async (userId: string) => grantedEspaces(await getUserGrants(userId)));

/**
 * The user's strongest right on each espace across their structures: the pages show a button that changes something
 * (Saisir facture, Dépôt par lot, the actions of Factures reçues…) only with "MODIFICATION" somewhere. A hint for the
 * display only: every use case checks the right on the structure (and service) in question.
 */
export const getUserEspaceRights = cache(async (userId: string): Promise<Record<Espace, EspaceRight>> => {
  const grants = await getUserGrants(userId);
  return Object.fromEntries((Object.keys(ESPACE_LABELS) as Espace[]).map((espace) => [espace, strongestRight(grants, espace)])) as Record<Espace, EspaceRight>;
});

/** Whether the user may change something in the espace for at least one of their structures (display only). */
export async function mayModifyEspace(userId: string, espace: Espace) {
  return rightAllows((await getUserEspaceRights(userId))[espace], "MODIFICATION");
}
