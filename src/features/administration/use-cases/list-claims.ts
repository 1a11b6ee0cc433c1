import { db } from "@/server/db.ts";
import { requireAdministrator } from "../data/administrators.ts";
import { CLAIMS_PAGE_SIZE } from "../rules/pages.ts";
import type { ClaimFilter } from "../schemas.ts";

export type ListClaimsOptions = { userId: string; filter: ClaimFilter };

/** Administration > Demandes de désignation: the claims of a status (pending first by default), oldest first, 20 per page. */
export async function listClaims({ userId, filter }: ListClaimsOptions) {
  await requireAdministrator(db, userId);
  const where = filter.statut === "TOUS" ? {} : { status: filter.statut };
  const [total, claims] = await Promise.all([
    db.structureClaim.count({ where }),
    db.structureClaim.findMany({
      where,
      orderBy: [{ createdAt: filter.statut === "EN_ATTENTE" ? "asc" : "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * CLAIMS_PAGE_SIZE,
      take: CLAIMS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        createdAt: true,
        decidedAt: true,
        user: { select: { nom: true, prenom: true, loginEmail: true } },
        structure: { select: { identifier: true, raisonSociale: true, kind: true } },
      },
    }),
  ]);
  return { total, claims };
}
