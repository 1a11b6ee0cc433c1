import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { SOLLICITATIONS_PAGE_SIZE } from "../rules/pages.ts";
import type { SollicitationViewpoint } from "../rules/paths.ts";
import type { SollicitationSearch } from "../schemas.ts";
import { sollicitationScope } from "../data/access.ts";
import { sollicitationRowSelect } from "../data/detail.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

function filtersOf(search: Partial<SollicitationSearch>): Prisma.SollicitationWhereInput[] {
  const filters: Prisma.SollicitationWhereInput[] = [];
  if (search.numero) filters.push({ number: { contains: search.numero.toUpperCase() } });
  if (search.statut) filters.push({ status: search.statut as Prisma.SollicitationWhereInput["status"] });
  if (search.categorie) filters.push({ category: search.categorie });
  if (search.facture) {
    filters.push({ invoice: { OR: [{ sentNumber: { contains: search.facture, mode: "insensitive" } }, { invoiceNumber: { contains: search.facture, mode: "insensitive" } }] } });
  }
  if (search.du) filters.push({ createdAt: { gte: new Date(`${search.du}T00:00:00Z`) } });
  if (search.au) filters.push({ createdAt: { lt: new Date(new Date(`${search.au}T00:00:00Z`).getTime() + DAY_MS) } });
  return filters;
}

/**
 * A list of sollicitations as `viewpoint` sees it (Sollicitations émises: the user's structures' questions; reçues:
 * those addressed to their public structures; the support's: those addressed to the platform), newest first, one page.
 */
export async function listSollicitations({ userId, viewpoint, search = {} }: { userId: string; viewpoint: SollicitationViewpoint; search?: Partial<SollicitationSearch> }) {
  const where: Prisma.SollicitationWhereInput = { AND: [await sollicitationScope(db, userId, viewpoint), ...filtersOf(search)] };
  const page = search.page ?? 1;
  const [total, rows] = await Promise.all([
    db.sollicitation.count({ where }),
    db.sollicitation.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SOLLICITATIONS_PAGE_SIZE,
      take: SOLLICITATIONS_PAGE_SIZE,
      select: sollicitationRowSelect,
    }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / SOLLICITATIONS_PAGE_SIZE)) };
}
