import { Espace } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { effectiveRight } from "../rules/espace-rights.ts";

/**
 * The structures a user (or a technical account) is actively attached to, with their right on each espace they open
 * to this user (consultation or modification), computed by the one rule every check uses.
 */
export async function listUserStructures({ userId }: { userId: string }) {
  const rattachements = await db.rattachement.findMany({
    where: { userId, status: "ACTIF", structure: { status: "ACTIF" } },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      structure: {
        select: { id: true, identifierType: true, identifier: true, raisonSociale: true, kind: true, espaces: { select: { espace: true, serviceId: true, consultation: true, modification: true } } },
      },
      espaces: { select: { espace: true, consultation: true, modification: true } },
    },
  });
  return rattachements.map(({ role, structure, espaces }) => {
    const grant = { role, structureEspaces: structure.espaces, userEspaces: espaces };
    return {
      id: structure.id,
      identifierType: structure.identifierType,
      identifier: structure.identifier,
      raisonSociale: structure.raisonSociale,
      kind: structure.kind,
      role,
      rights: Object.values(Espace).flatMap((espace) => {
        const right = effectiveRight(grant, espace);
        return right === "AUCUN" ? [] : [{ espace, right }];
      }),
    };
  });
}
