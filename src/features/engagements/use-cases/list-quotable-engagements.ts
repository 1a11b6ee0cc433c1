import { db } from "@/server/db.ts";
import { espaceRight, rightAllows } from "@/features/structures/index.ts";
import { notFound } from "@/server/errors.ts";
import { QUOTABLE_ENGAGEMENTS_MAX } from "../rules/pages.ts";

/**
 * The invoice form's suggestions under « Numéro d'engagement »: the open engagements the recipient declared naming
 * the supplier structure (one of the user's, through Factures émises), of the chosen service or of none.
 */
export async function listQuotableEngagements({
  userId,
  supplierStructureId,
  recipientStructureId,
  recipientServiceId,
}: {
  userId: string;
  supplierStructureId: string;
  recipientStructureId: string;
  recipientServiceId?: string;
}) {
  // A supplier structure whose Factures émises the user may not read is not theirs to ask about: not found.
  if (!rightAllows(await espaceRight(db, userId, supplierStructureId, "FACTURES_EMISES"), "CONSULTATION")) throw notFound("Structure introuvable.");
  const supplier = await db.structure.findUnique({ where: { id: supplierStructureId }, select: { identifier: true } });
  if (!supplier) throw notFound("Structure introuvable.");
  const rows = await db.engagement.findMany({
    where: {
      structureId: recipientStructureId,
      structure: { kind: "PUBLIQUE", status: "ACTIF" },
      supplierIdentifier: supplier.identifier.toUpperCase(),
      status: "OUVERT",
      OR: [{ serviceId: null }, ...(recipientServiceId ? [{ serviceId: recipientServiceId }] : [])],
    },
    orderBy: { number: "asc" },
    take: QUOTABLE_ENGAGEMENTS_MAX,
    select: { number: true, amount: true, endDate: true, service: { select: { code: true } } },
  });
  return rows.map((row) => ({ number: row.number, amount: row.amount.toFixed(2), endDate: row.endDate?.toISOString().slice(0, 10) ?? null, serviceCode: row.service?.code ?? null }));
}
