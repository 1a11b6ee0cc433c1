// "Suivi des flux": the fluxes of the user's supplier structures (or of one of them), newest first, a page at a time.
// Only members to whom a structure opens "Factures émises" see its fluxes; another structure is NOT_FOUND.
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { supplierStructureIds } from "@/features/invoices/common/index.ts";

export type FluxListQuery = { structureId?: string; page?: number; pageSize?: number };

export async function listDepositFlux({ userId, query = {} }: { userId: string; query?: FluxListQuery }) {
  const mine = await supplierStructureIds(db, userId);
  if (query.structureId && !mine.includes(query.structureId)) throw notFound("Structure introuvable.");
  const pageSize = Math.min(Math.max(Math.trunc(query.pageSize ?? 10), 1), 100);
  const page = Math.max(Math.trunc(query.page ?? 1), 1);
  const where = { supplierStructureId: query.structureId ? query.structureId : { in: mine } };
  const [rows, total] = await Promise.all([
    db.depositFlux.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        number: true,
        createdAt: true,
        format: true,
        uploadName: true,
        invoiceCount: true,
        processedCount: true,
        acceptedCount: true,
        status: true,
        supplierStructureId: true,
      },
    }),
    db.depositFlux.count({ where }),
  ]);
  // The flux table has no relation to structures: their names in one query.
  const structures = await db.structure.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.supplierStructureId))] } }, select: { id: true, raisonSociale: true } });
  const nameOf = new Map(structures.map((structure) => [structure.id, structure.raisonSociale]));
  return {
    fluxes: rows.map((row) => ({ ...row, supplierName: nameOf.get(row.supplierStructureId) ?? "" })),
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

export type FluxListRow = Awaited<ReturnType<typeof listDepositFlux>>["fluxes"][number];
