// One flux and its "compte rendu", a page of files at a time (optionally only the accepted or the rejected ones).
// NOT_FOUND for anyone who is not a member of its supplier structure with "Factures émises": nothing leaks.
import type { DepositFluxItemStatus } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { openCursor, sealCursor } from "@/server/cursors.ts";
import { notFound } from "@/server/errors.ts";
import { supplierStructureIds } from "@/features/invoices/common/index.ts";
import { storedFindings } from "../rules/batch-findings.ts";
import { isUuid } from "@/lib/uuid.ts";

export type FluxReportQuery = {
  page?: number;
  pageSize?: number;
  status?: DepositFluxItemStatus;
  /**
   * The API reads the lines by cursor instead of by page number: null for the first lines, then the `nextCursor`
   * answered (the last line's position, sealed for this flux), so that a deep page costs what the first does.
   */
  cursor?: string | null;
};

/** The lines after the cursor's position, or of the page asked for. */
function itemsWindow(fluxId: string, query: FluxReportQuery, page: number, pageSize: number) {
  if (query.cursor === undefined) return { skip: (page - 1) * pageSize, take: pageSize, after: {} };
  const after = query.cursor ? Number(openCursor(`compte-rendu:${fluxId}`, query.cursor)) : 0;
  return { skip: 0, take: pageSize + 1, after: { position: { gt: after } } };
}

const FLUX_NOT_FOUND = "Flux introuvable.";

/** The flux by its id (the page's address) or by its number (the API's numeroFluxDepot). */
type FluxKey = { fluxId: string; number?: undefined } | { number: string; fluxId?: undefined };

export async function getDepositFlux({ userId, fluxId, number, query = {} }: { userId: string; query?: FluxReportQuery } & FluxKey) {
  if (fluxId !== undefined && !isUuid(fluxId)) throw notFound(FLUX_NOT_FOUND);
  const flux = await db.depositFlux.findUnique({
    where: fluxId !== undefined ? { id: fluxId } : { number },
    select: {
      id: true,
      number: true,
      createdAt: true,
      finishedAt: true,
      format: true,
      cadre: true,
      uploadName: true,
      invoiceCount: true,
      processedCount: true,
      acceptedCount: true,
      status: true,
      error: true,
      supplierStructureId: true,
      supplierServiceId: true,
    },
  });
  if (!flux || !(await supplierStructureIds(db, userId)).includes(flux.supplierStructureId)) throw notFound(FLUX_NOT_FOUND);

  const pageSize = Math.min(Math.max(Math.trunc(query.pageSize ?? 50), 1), 500);
  const page = Math.max(Math.trunc(query.page ?? 1), 1);
  const where = { fluxId: flux.id, ...(query.status ? { status: query.status } : {}) };
  const window = itemsWindow(flux.id, query, page, pageSize);
  const [supplier, supplierService, items, itemCount] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: flux.supplierStructureId }, select: { raisonSociale: true } }),
    flux.supplierServiceId ? db.service.findUnique({ where: { id: flux.supplierServiceId }, select: { code: true, libelle: true } }) : null,
    db.depositFluxItem.findMany({
      where: { ...where, ...window.after },
      orderBy: { position: "asc" },
      skip: window.skip,
      take: window.take,
      select: { id: true, position: true, fileName: true, invoiceNumber: true, status: true, invoiceId: true, errors: true, reformWarnings: true, processedAt: true },
    }),
    db.depositFluxItem.count({ where }),
  ]);
  const more = query.cursor !== undefined && items.length > pageSize;
  const shown = more ? items.slice(0, pageSize) : items;
  return {
    ...flux,
    supplierName: supplier.raisonSociale,
    supplierService,
    rejectedCount: flux.processedCount - flux.acceptedCount,
    // findings: EN 16931's and the portal's; reformWarnings: the BR-FR rules (decision 0014), kept apart.
    items: shown.map(({ errors, reformWarnings, ...item }) => ({ ...item, findings: storedFindings(errors), reformWarnings: storedFindings(reformWarnings) })),
    /** By cursor: the cursor of the next lines, null after the last. */
    nextCursor: more ? sealCursor(`compte-rendu:${flux.id}`, String(shown.at(-1)!.position)) : null,
    itemCount,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(itemCount / pageSize)),
  };
}

export type DepositFluxReport = Awaited<ReturnType<typeof getDepositFlux>>;
